using System.Globalization;
using Personas.Features;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The trait profile heatmap computed from the feature matrix: each persona's mean of each feature in standard
    /// deviations from the overall mean.</summary>
    /// <param name="features">The feature matrix (one row per customer).</param>
    /// <param name="labels">The persona index of each row.</param>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <returns>A persona x feature heatmap on a diverging scale centred on 0.</returns>
    /// <exception cref="ArgumentException">The sizes disagree or a label is out of range.</exception>
    public static GenericChart TraitHeatmap(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames) =>
        TraitHeatmap(personaNames, features.FeatureNames, Profile(features, labels, personaNames));

    /// <summary>The trait profile heatmap: standardised feature means, persona x feature.</summary>
    /// <param name="personaNames">The persona names (rows).</param>
    /// <param name="featureNames">The feature names (columns).</param>
    /// <param name="standardisedMeans">For each persona, its standardised mean of each feature (SD units, 0 = average).</param>
    /// <returns>A heatmap with values written in the cells, blue below average and red above.</returns>
    /// <exception cref="ArgumentException">The sizes disagree.</exception>
    public static GenericChart TraitHeatmap(IReadOnlyList<string> personaNames, IReadOnlyList<string> featureNames, IReadOnlyList<IReadOnlyList<double>> standardisedMeans)
    {
        RequireProfile(personaNames, featureNames, standardisedMeans);
        var limit = SymmetricLimit(standardisedMeans);
        var chart = CSharpChart.Heatmap<double, string, string, string>(
            standardisedMeans.Select(r => (IEnumerable<double>)r.ToArray()),
            X: featureNames.ToArray(),
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
        trace.SetProperty("hovertemplate", "%{y}<br>%{x}: %{z:.2f} SD from average<extra></extra>");
        trace.SetProperty("colorbar", Json.O(("title", Json.Title("SD from<br>average"))));
        return ChartStyle.Finish(
            chart,
            "Trait profile: how each persona differs from the average customer",
            Math.Max(320, 110 + (60 * personaNames.Count)),
            ("xaxis", ChartStyle.Axis("Feature", ("tickangle", -30))),
            ("yaxis", ChartStyle.Axis("Persona", ("autorange", "reversed"))));
    }

    /// <summary>A radar per persona computed from the feature matrix (standardised feature means).</summary>
    /// <param name="features">The feature matrix.</param>
    /// <param name="labels">The persona index of each row.</param>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <returns>A grid of radar charts, one per persona, all on the same radial scale.</returns>
    /// <exception cref="ArgumentException">The sizes disagree or a label is out of range.</exception>
    public static GenericChart TraitRadars(FeatureMatrix features, IReadOnlyList<int> labels, IReadOnlyList<string> personaNames) =>
        TraitRadars(personaNames, features.FeatureNames, Profile(features, labels, personaNames));

    /// <summary>A radar per persona: its standardised feature means around the circle, 0 = the average customer.</summary>
    /// <param name="personaNames">The persona names.</param>
    /// <param name="featureNames">The feature names (spokes).</param>
    /// <param name="standardisedMeans">For each persona, its standardised mean of each feature.</param>
    /// <returns>A grid of radar charts (up to three per row), one polar subplot per persona in the persona's colour.</returns>
    /// <exception cref="ArgumentException">The sizes disagree.</exception>
    public static GenericChart TraitRadars(IReadOnlyList<string> personaNames, IReadOnlyList<string> featureNames, IReadOnlyList<IReadOnlyList<double>> standardisedMeans)
    {
        RequireProfile(personaNames, featureNames, standardisedMeans);
        var k = personaNames.Count;
        var columns = Math.Min(k, 3);
        var rows = (k + columns - 1) / columns;
        var limit = SymmetricLimit(standardisedMeans);
        var charts = new List<GenericChart>(k);
        var layout = new List<(string, object?)>();
        var annotations = new List<object>();
        const double gapX = 0.1, gapY = 0.16;
        for (var p = 0; p < k; p++)
        {
            var theta = featureNames.Append(featureNames[0]).ToArray();
            var r = standardisedMeans[p].Append(standardisedMeans[p][0]).ToArray();
            var chart = CSharpChart.ScatterPolar<double, string, string>(
                r,
                theta,
                StyleParam.Mode.Lines_Markers,
                Name: personaNames[p],
                LineColor: Color.fromHex(PersonaPalette.Color(p)),
                MarkerColor: Color.fromHex(PersonaPalette.Color(p)));
            var polar = p == 0 ? "polar" : "polar" + (p + 1).ToString(CultureInfo.InvariantCulture);
            var trace = GenericChart.getTraces(chart).Single();
            trace.SetProperty("subplot", polar);
            trace.SetProperty("fill", "toself");
            trace.SetProperty("fillcolor", PersonaPalette.Rgba(p, 0.25));
            trace.SetProperty("hovertemplate", personaNames[p] + "<br>%{theta}: %{r:.2f} SD<extra></extra>");
            charts.Add(chart);

            int row = p / columns, col = p % columns;
            var x0 = (col / (double)columns) + (gapX / 2);
            var x1 = ((col + 1) / (double)columns) - (gapX / 2);
            var y1 = 1 - (row / (double)rows) - (gapY / 2);
            var y0 = 1 - ((row + 1) / (double)rows) + (gapY / 2);
            layout.Add((polar, Json.O(
                ("domain", Json.O(("x", new[] { x0, x1 }), ("y", new[] { y0, y1 }))),
                ("radialaxis", Json.O(("range", new[] { -limit, limit }), ("tickfont", Json.O(("size", 9), ("color", "#6B7280"))), ("angle", 180.0 / featureNames.Count), ("tickangle", 180.0 / featureNames.Count))),
                ("angularaxis", Json.O(("tickfont", Json.O(("size", 11))))))));
            annotations.Add(Json.O(
                ("text", "<b>" + personaNames[p] + "</b>"),
                ("x", (x0 + x1) / 2),
                ("y", y1 + (gapY * 0.45)),
                ("yanchor", "bottom"),
                ("xref", "paper"),
                ("yref", "paper"),
                ("showarrow", false),
                ("font", Json.O(("size", 14), ("color", PersonaPalette.Color(p))))));
        }

        layout.Add(("annotations", annotations));
        layout.Add(("showlegend", false));
        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            "Trait radar per persona (0 = average customer, in SD)",
            80 + (360 * rows),
            [.. layout]);
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
