using System.Globalization;
using Personas.Features;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The most features (columns) a trait heatmap shows: those on which the personas differ most.</summary>
    public const int MaxHeatmapColumns = 15;

    /// <summary>The trait profile heatmap computed from the feature matrix: each persona's mean of each feature in standard
    /// deviations from the overall mean.</summary>
    /// <param name="features">The feature matrix (one row per customer).</param>
    /// <param name="labels">The persona index of each row.</param>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <returns>A persona x feature heatmap on a diverging scale centred on 0.</returns>
    /// <exception cref="ArgumentException">The sizes disagree or a label is out of range.</exception>
    public static GenericChart TraitHeatmap(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames) =>
        TraitHeatmap(personaNames, features.FeatureNames, Profile(features, labels, personaNames));

    /// <summary>The trait profile heatmap: standardised feature means, persona x feature, at most <see cref="MaxHeatmapColumns"/>
    /// features (those with the largest difference of any persona, in their original order).</summary>
    /// <param name="personaNames">The persona names (rows).</param>
    /// <param name="featureNames">The feature names (columns).</param>
    /// <param name="standardisedMeans">For each persona, its standardised mean of each feature (SD units, 0 = average).</param>
    /// <returns>A heatmap with values written in the cells, blue below average and red above.</returns>
    /// <exception cref="ArgumentException">The sizes disagree.</exception>
    public static GenericChart TraitHeatmap(IReadOnlyList<string> personaNames, IReadOnlyList<string> featureNames, IReadOnlyList<IReadOnlyList<double>> standardisedMeans)
    {
        RequireProfile(personaNames, featureNames, standardisedMeans);

        // At most MaxHeatmapColumns features, those on which the personas differ most, in their original order.
        var keep = Enumerable.Range(0, featureNames.Count)
            .OrderByDescending(j => standardisedMeans.Max(r => Math.Abs(r[j]))).ThenBy(j => j)
            .Take(MaxHeatmapColumns).Order().ToArray();
        var means = standardisedMeans.Select(r => (IReadOnlyList<double>)keep.Select(j => r[j]).ToArray()).ToArray();
        var limit = SymmetricLimit(means);
        var chart = CSharpChart.Heatmap<double, string, string, string>(
            means.Select(r => (IEnumerable<double>)r.ToArray()),
            X: keep.Select(j => Wrap(featureNames[j], 14)).ToArray(),
            Y: personaNames.ToArray(),
            Name: "Standardised mean",
            XGap: 2,
            YGap: 2);
        var trace = GenericChart.getTraces(chart).Single();
        trace.SetProperty("colorscale", DivergingScale);
        trace.SetProperty("zmid", 0.0);
        trace.SetProperty("zmin", -limit);
        trace.SetProperty("zmax", limit);
        trace.SetProperty("texttemplate", "%{z:.2f}");
        trace.SetProperty("textfont", Json.O(("size", 12)));
        trace.SetProperty("hovertemplate", "%{y}<br>%{x}: %{z:.2f} SD from average<extra></extra>");
        trace.SetProperty("colorbar", Json.O(("title", Json.Title("SD from<br>average")), ("tickfont", Json.O(("size", 12)))));
        return ChartStyle.Finish(
            chart,
            "Trait profile: how each persona differs from the average customer",
            Math.Max(360, 170 + (64 * personaNames.Count)),
            ("xaxis", ChartStyle.Axis("Feature", ("tickangle", 0), ("side", "bottom"))),
            ("yaxis", ChartStyle.Axis("Persona", ("autorange", "reversed"))));
    }

    private static readonly object[][] DivergingScale =
    [
        [0.0, "#2166ac"], [0.25, "#92c5de"], [0.5, "#f7f7f7"], [0.75, "#f4a582"], [1.0, "#b2182b"],
    ];

    private static double[][] Profile(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames)
    {
        ArgumentNullException.ThrowIfNull(features);
        RequireNames(personaNames, nameof(personaNames));
        RequireCount(labels, features.Rows, "labels (one per row)", nameof(labels));
        return TraitProfile.Compute(features, labels, personaNames.Count);
    }

    // The colour/radial range: the largest |value| rounded up to a half, at least 1 SD.
    private static double SymmetricLimit(IReadOnlyList<IReadOnlyList<double>> means) =>
        Math.Max(1.0, Math.Ceiling(means.SelectMany(r => r).Select(Math.Abs).DefaultIfEmpty(0).Max() * 2) / 2);

    private static void RequireProfile(IReadOnlyList<string> personaNames, IReadOnlyList<string> featureNames, IReadOnlyList<IReadOnlyList<double>> means)
    {
        RequireNames(personaNames, nameof(personaNames));
        ArgumentNullException.ThrowIfNull(featureNames);
        if (featureNames.Count == 0)
        {
            throw new ArgumentException("Expected at least one feature, found none.", nameof(featureNames));
        }

        RequireCount(means, personaNames.Count, "rows of means (one per persona)", nameof(means));
        for (var p = 0; p < means.Count; p++)
        {
            RequireCount(means[p], featureNames.Count, $"means for persona {p} (one per feature)", nameof(means));
        }
    }
}
