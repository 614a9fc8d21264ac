using Personas.Words;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>Persona sizes and value shares: for each persona its share of customers and, when given, its share of value
    /// (revenue, spend) side by side, in the persona's colour.</summary>
    /// <param name="personaNames">The persona names, by index.</param>
    /// <param name="sizes">The number of customers in each persona.</param>
    /// <param name="valueShares">Each persona's share of total value in [0, 1], or null when there is no value column.</param>
    /// <returns>A grouped bar chart: a "Share of customers" trace and, with value shares, a hatched "Share of value" trace.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, a size is negative, or all sizes are 0.</exception>
    /// <example><code>var chart = PersonaCharts.SizesAndValueShares(["Savers", "Spenders"], [120, 80], [0.3, 0.7]);</code></example>
    public static GenericChart SizesAndValueShares(IReadOnlyList<string> personaNames, IReadOnlyList<int> sizes, IReadOnlyList<double>? valueShares = null) =>
        SizesAndValueShares(personaNames, sizes, valueShares, PersonaColours.ByIndex(personaNames?.Count ?? 0), Wording.Default, null);

    internal static GenericChart SizesAndValueShares(IReadOnlyList<string> personaNames, IReadOnlyList<int> sizes, IReadOnlyList<double>? valueShares, string[] colours, Wording words, string? valueLabel)
    {
        RequireNames(personaNames, nameof(personaNames));
        RequireCount(sizes, personaNames.Count, "sizes (one per persona)", nameof(sizes));
        if (valueShares is not null)
        {
            RequireCount(valueShares, personaNames.Count, "value shares (one per persona)", nameof(valueShares));
        }

        if (sizes.Any(s => s < 0) || sizes.Sum(s => (long)s) == 0)
        {
            throw new ArgumentException("Expected non-negative sizes with a positive total.", nameof(sizes));
        }

        var total = (double)sizes.Sum(s => (long)s);
        var customerShares = sizes.Select(s => s / total * 100).ToArray();
        var keys = personaNames.ToArray();
        var customers = CSharpChart.Column<double, string, string>(
            customerShares,
            Keys: keys,
            Name: words.T("chart.shareOfCustomers"),
            MultiText: sizes.Select((s, i) => $"{words.Share(s / total)} ({words.Count(s)})").ToArray());
        Bars(customers, Json.O(("color", colours)));
        var charts = new List<GenericChart> { customers };
        if (valueShares is not null)
        {
            var value = CSharpChart.Column<double, string, string>(
                valueShares.Select(v => v * 100).ToArray(),
                Keys: keys,
                Name: valueLabel is null ? "Share of value" : words.T("chart.shareOfValue", ("value", valueLabel)),
                MultiText: valueShares.Select(words.Share).ToArray());
            Bars(value, Json.O(
                ("color", colours),
                ("opacity", 0.65),
                ("pattern", Json.O(("shape", "/"), ("fgcolor", "#ffffff"), ("size", 8), ("solidity", 0.3)))));
            charts.Add(value);
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            words.T(valueShares is null ? "chart.sizesTitleNoValue" : "chart.sizesTitle"),
            ChartStyle.DefaultHeight,
            ("barmode", "group"),
            ("xaxis", ChartStyle.Axis(words.T("chart.personaAxis"), ("tickangle", 0), ("tickvals", keys), ("ticktext", keys.Select(n => Wrap(n, 16)).ToArray()))),
            ("yaxis", ChartStyle.Axis(words.T("chart.shareAxis"), ("rangemode", "tozero"))),
            ("uniformtext", Json.O(("minsize", 11), ("mode", "hide"))),
            ("legend", ChartStyle.LegendAbove()));
    }

    private static void Bars(GenericChart chart, Dictionary<string, object> marker)
    {
        var trace = GenericChart.getTraces(chart).Single();
        trace.SetProperty("marker", marker);
        trace.SetProperty("textposition", "outside");
        trace.SetProperty("cliponaxis", false);
        trace.SetProperty("textfont", Json.O(("size", 12)));
    }
}
