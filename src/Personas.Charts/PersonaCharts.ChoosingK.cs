using System.Globalization;
using Personas.Words;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    private static readonly string[] MetricColours = ["#1F3B73", "#2A9D8F", "#C8553D"];

    /// <summary>Choosing k: silhouette, stability and smallest persona share against the number of personas, with the chosen
    /// k marked by a vertical line.</summary>
    /// <param name="candidates">The figures of each k tried.</param>
    /// <param name="chosenK">The k that was chosen.</param>
    /// <returns>A line chart with three traces (silhouette, stability, smallest share) and a marker line at <paramref name="chosenK"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="candidates"/> is empty or repeats a k.</exception>
    /// <example><code>var chart = PersonaCharts.ChoosingK([new(2, 0.41, 0.9, 0.3), new(3, 0.45, 0.85, 0.2)], chosenK: 3);</code></example>
    public static GenericChart ChoosingK(IReadOnlyList<KCandidate> candidates, int chosenK) => ChoosingK(candidates, chosenK, Wording.Default);

    internal static GenericChart ChoosingK(IReadOnlyList<KCandidate> candidates, int chosenK, Wording words)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("Expected at least one candidate k, found none.", nameof(candidates));
        }

        if (candidates.Select(c => c.K).Distinct().Count() != candidates.Count)
        {
            throw new ArgumentException("Expected each k once, found a repeated k.", nameof(candidates));
        }

        var ordered = candidates.OrderBy(c => c.K).ToArray();
        var ks = ordered.Select(c => c.K).ToArray();
        var series = new (string Name, Func<KCandidate, double> Value, string Format)[]
        {
            (words.T("chart.silhouette"), c => c.Silhouette, ".3f"),
            (words.T("chart.stability"), c => c.Stability, ".3f"),
            (words.T("chart.smallestShare"), c => c.SmallestShare, ".1%"),
        };
        var charts = new List<GenericChart>(series.Length);
        for (var s = 0; s < series.Length; s++)
        {
            var chart = CSharpChart.Line<int, double, string>(
                ks,
                ordered.Select(series[s].Value).ToArray(),
                ShowMarkers: true,
                Name: series[s].Name,
                LineColor: Color.fromHex(MetricColours[s]),
                MarkerColor: Color.fromHex(MetricColours[s]));
            var trace = GenericChart.getTraces(chart).Single();

            // NaN is not JSON: write null so Plotly leaves a gap.
            trace.SetProperty("y", ordered.Select(series[s].Value).Select(v => double.IsFinite(v) ? (object)v : null).ToArray());
            trace.SetProperty("hovertemplate", "k = %{x}<br>" + series[s].Name + ": %{y:" + series[s].Format + "}<extra></extra>");
            trace.SetProperty("line", Json.O(("color", MetricColours[s]), ("width", 3), ("dash", s == 2 ? "dot" : "solid")));
            trace.SetProperty("marker", Json.O(("color", MetricColours[s]), ("size", 8)));
            charts.Add(chart);
        }

        var chosenLabel = words.T("chart.chosenK", ("k", chosenK.ToString(CultureInfo.InvariantCulture)));
        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            words.T("chart.choosingKTitle"),
            ChartStyle.DefaultHeight,
            ("xaxis", ChartStyle.Axis(words.T("chart.kAxis"), ("dtick", 1))),
            ("yaxis", ChartStyle.Axis(words.T("chart.scoreAxis"), ("rangemode", "tozero"))),
            ("legend", ChartStyle.LegendAbove()),
            ("shapes", new object[]
            {
                Json.O(
                    ("type", "line"), ("xref", "x"), ("yref", "paper"), ("x0", chosenK), ("x1", chosenK), ("y0", 0), ("y1", 1),
                    ("line", Json.O(("color", "#444"), ("width", 2), ("dash", "dash")))),
            }),
            ("annotations", new object[]
            {
                Json.O(
                    ("x", chosenK), ("y", 1), ("xref", "x"), ("yref", "paper"), ("text", chosenLabel), ("showarrow", false),
                    ("xanchor", "left"), ("yanchor", "top"), ("xshift", 6), ("font", Json.O(("size", 13), ("color", "#222")))),
            }));
    }
}
