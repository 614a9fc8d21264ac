using System.Globalization;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// The consistency rules of a model, shared by <c>PersonaModel.Create</c> (reported as argument errors) and
/// <see cref="PersonaModel.Load"/> (reported as <see cref="PersonaModelException"/> with the JSON path).
/// </summary>
internal static class ModelCheck
{
    /// <summary>A broken rule: the JSON path below the root (without <c>$.</c>), what was found and what was expected.</summary>
    internal sealed record Problem(string Path, string? Found, string Expected);

    /// <summary>Finds the first broken rule, or null when the model is consistent.</summary>
    public static Problem? Find(IReadOnlyList<PlannedColumn> columns, IReadOnlyList<ModelPersona> personas, int nextPersonaNumber)
    {
        var feature = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            var categorical = c.Kind == FeatureKind.Categorical;
            var path = Inv($"featurePlan.columns[{i}]");
            if (c.FirstFeature != feature)
            {
                return new(path + ".firstFeature", Inv($"{c.FirstFeature}"), Inv($"{feature} (the features of the columns before it)"));
            }

            var indicator = c.Kind == FeatureKind.Indicator;
            var expectedCount = categorical ? c.Levels.Count : c.MissingIndicator && !indicator ? 2 : 1;
            if (c.FeatureNames.Count != expectedCount || c.FeatureNames.Count == 0)
            {
                return new(path + ".featureNames", Inv($"{c.FeatureNames.Count} names"), Inv($"{Math.Max(1, expectedCount)} names ({(categorical ? "one per level" : indicator ? "one for the merged indicator" : "the feature and its missing indicator, if any")})"));
            }

            if (indicator != (c.Sources.Count > 0) || c.Sources.Any(s => (s.Level is null) == (s.Value is null) || (s.Value is { } v && !double.IsFinite(v))))
            {
                return new(path + ".sources", Inv($"{c.Sources.Count} sources"), "sources only for an indicator (at least one), each with either a level or a finite value");
            }

            if (c.Log1p && c.SignedLog)
            {
                return new(path + ".signedLog", "true with log1p true", "at most one of log1p and signedLog");
            }

            if (c.LowerBound > c.UpperBound || double.IsNaN(c.LowerBound) || double.IsNaN(c.UpperBound))
            {
                return new(path + ".lowerBound", Inv($"{c.LowerBound}..{c.UpperBound}"), "a lower bound not above the upper bound");
            }

            if (categorical && c.LevelShares.Count != c.Levels.Count)
            {
                return new(path + ".levelShares", Inv($"{c.LevelShares.Count} shares"), Inv($"{c.Levels.Count} shares (one per level)"));
            }

            if (!(c.Scale > 0) || !(c.IndicatorScale > 0))
            {
                return new(path + ".scale", Inv($"{c.Scale}"), "a positive scale");
            }

            if (!double.IsFinite(c.Center) || !double.IsFinite(c.IndicatorCenter) || !double.IsFinite(c.Weight) || c.Weight < 0 || c.LevelShares.Any(v => !double.IsFinite(v)))
            {
                return new(path, "a non-finite centre, weight or level share, or a negative weight", "finite numbers and a weight of at least 0");
            }

            if (c.Kind == FeatureKind.Numeric && !double.IsFinite(c.ImputeValue))
            {
                return new(path + ".imputeValue", "null", "a number (numeric columns impute missing values)");
            }

            feature += c.FeatureNames.Count;
        }

        if (feature == 0)
        {
            return new("featurePlan.columns", "no features", "at least one feature");
        }

        if (personas.Count == 0)
        {
            return new("personas", "an empty list", "at least one persona");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < personas.Count; i++)
        {
            var p = personas[i];
            var path = Inv($"personas[{i}]");
            var number = PersonaIdComparer.Number(p.Id);
            if (number is < 1 or long.MaxValue)
            {
                return new(path + ".id", p.Id, "P followed by a positive number");
            }

            if (!ids.Add(p.Id))
            {
                return new(path + ".id", p.Id, "a persona id used once");
            }

            if (string.IsNullOrWhiteSpace(p.Name) || !names.Add(p.Name))
            {
                return new(path + ".name", p.Name, "a non-empty name used once");
            }

            if (p.Centroid.Count != feature)
            {
                return new(path + ".centroid", Inv($"{p.Centroid.Count} numbers"), Inv($"{feature} numbers (one per feature)"));
            }

            if (p.Spread.Count != feature)
            {
                return new(path + ".spread", Inv($"{p.Spread.Count} numbers"), Inv($"{feature} numbers (one per feature)"));
            }

            if (p.Centroid.Any(v => !float.IsFinite(v)) || p.Spread.Any(v => !(v >= 0) || !float.IsFinite(v)) || !(p.OutlierDistance >= 0) || !float.IsFinite(p.OutlierDistance))
            {
                return new(path, "a non-finite or negative value", "finite centroid values and non-negative spreads and outlier distance");
            }

            if (p.Size < 0 || !(p.Share >= 0 && p.Share <= 1))
            {
                return new(path + ".share", Inv($"size {p.Size}, share {p.Share}"), "a size of at least 0 and a share between 0 and 1");
            }

            if (number >= nextPersonaNumber)
            {
                return new("nextPersonaNumber", Inv($"{nextPersonaNumber}"), Inv($"a number above every persona id in use ({p.Id})"));
            }
        }

        return null;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
