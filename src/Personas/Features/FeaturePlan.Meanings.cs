using Personas.Data;

namespace Personas.Features;

/// <content>What each feature means in the data's units (the inverse of the encoding).</content>
public sealed partial class FeaturePlan
{
    /// <summary>What each feature measures and how a group mean of it reads in the data's units, in feature order.</summary>
    /// <returns>One meaning per feature.</returns>
    public IReadOnlyList<FeatureMeaning> Meanings()
    {
        var result = new List<FeatureMeaning>(Dimension);
        foreach (var c in Columns)
        {
            var w = c.Weight;
            var perUnit = w == 0 ? 0 : c.Scale / w;
            if (c.Kind == FeatureKind.Categorical)
            {
                for (var l = 0; l < c.Levels.Count; l++)
                {
                    result.Add(new FeatureMeaning(c.FeatureNames[l], c.Name, c.Levels[l], FeatureMeasure.Share, w, perUnit, c.LevelShares[l]));
                }

                continue;
            }

            var measure = c.Role == ColumnRole.Boolean ? FeatureMeasure.Share : c.Log1p ? FeatureMeasure.TypicalValue : FeatureMeasure.Mean;
            result.Add(new FeatureMeaning(c.FeatureNames[0], c.Name, c.Role == ColumnRole.Boolean ? "yes" : null, measure, w, perUnit, c.Center));
            if (c.MissingIndicator)
            {
                result.Add(new FeatureMeaning(c.FeatureNames[1], c.Name, null, FeatureMeasure.MissingShare, w, w == 0 ? 0 : c.IndicatorScale / w, c.IndicatorCenter));
            }
        }

        return result;
    }
}
