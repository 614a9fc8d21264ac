using Personas.Words;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>Refresh migration: customers moving from the previous period's personas (left) to the current ones (right)
    /// as a Sankey. A current persona has its usual colour; a previous persona has the colour of the current persona with
    /// the same name (it kept its identity) or a colour of its own when it was retired.</summary>
    /// <param name="previousNames">The previous personas.</param>
    /// <param name="currentNames">The current personas, by index (their colours match the other charts).</param>
    /// <param name="counts"><c>counts[i][j]</c> = customers in previous persona <c>i</c> now in current persona <c>j</c>.</param>
    /// <param name="previousLabel">The previous period's label (for example <c>2026 Q2</c>).</param>
    /// <param name="currentLabel">The current period's label.</param>
    /// <returns>A Sankey chart with previous nodes, then current nodes, and one link per non-zero count.</returns>
    /// <exception cref="ArgumentException">The matrix does not match the name lists or a count is negative.</exception>
    public static GenericChart MigrationSankey(
        IReadOnlyList<string> previousNames,
        IReadOnlyList<string> currentNames,
        IReadOnlyList<IReadOnlyList<double>> counts,
        string previousLabel = "Previous",
        string currentLabel = "Current")
    {
        RequireNames(previousNames, nameof(previousNames));
        RequireNames(currentNames, nameof(currentNames));
        RequireCount(counts, previousNames.Count, "rows (one per previous persona)", nameof(counts));
        int m = previousNames.Count, k = currentNames.Count;
        var previousColour = new int[m];
        var retired = 0;
        for (var i = 0; i < m; i++)
        {
            RequireCount(counts[i], k, $"counts in row {i} (one per current persona)", nameof(counts));
            if (counts[i].Any(c => c < 0 || double.IsNaN(c)))
            {
                throw new ArgumentException($"Row {i}: expected non-negative counts.", nameof(counts));
            }

            var same = currentNames.Select((n, j) => (n, j)).FirstOrDefault(t => string.Equals(t.n, previousNames[i], StringComparison.Ordinal));
            previousColour[i] = same.n is not null ? same.j : k + retired++;
        }

        return Migration(
            previousNames.Select(n => $"{n} ({previousLabel})").ToArray(),
            previousColour.Select(PersonaPalette.Color).ToArray(),
            currentNames.Select(n => $"{n} ({currentLabel})").ToArray(),
            PersonaColours.ByIndex(k),
            counts,
            previousLabel,
            currentLabel,
            Wording.Default);
    }

    private static GenericChart Migration(
        IReadOnlyList<string> previousLabels,
        IReadOnlyList<string> previousColour,
        IReadOnlyList<string> currentLabels,
        IReadOnlyList<string> currentColour,
        IReadOnlyList<IReadOnlyList<double>> counts,
        string previousLabel,
        string currentLabel,
        Wording words)
    {
        int m = previousLabels.Count, k = currentLabels.Count;
        var labels = previousLabels.Concat(currentLabels).ToArray();
        var nodeColours = previousColour.Concat(currentColour).ToArray();
        var links = new List<(int Source, int Target, double Value)>();
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (counts[i][j] > 0)
                {
                    links.Add((i, m + j, counts[i][j]));
                }
            }
        }

        var trace = new Trace("sankey");
        trace.SetProperty("name", "Migration");
        trace.SetProperty("arrangement", "snap");
        trace.SetProperty("valueformat", ",.0f");
        trace.SetProperty("valuesuffix", " customers");
        trace.SetProperty("textfont", Json.O(("size", 13)));
        trace.SetProperty("node", Json.O(
            ("label", labels),
            ("color", nodeColours),
            ("pad", 16),
            ("thickness", 18),
            ("hoverlabel", Json.O(("font", Json.O(("size", 13))))),
            ("line", Json.O(("color", "#ffffff"), ("width", 1)))));
        trace.SetProperty("link", Json.O(
            ("source", links.Select(l => l.Source).ToArray()),
            ("target", links.Select(l => l.Target).ToArray()),
            ("value", links.Select(l => l.Value).ToArray()),
            ("color", links.Select(l => PersonaPalette.Rgba(previousColour[l.Source], 0.4)).ToArray())));
        return ChartStyle.Finish(
            ChartStyle.FromTraces([trace]),
            words.T("chart.migrationTitle", ("previous", previousLabel), ("current", currentLabel)),
            Math.Max(420, 80 + (60 * Math.Max(m, k))),
            ("annotations", new object[]
            {
                Header(previousLabel, 0, "left"),
                Header(currentLabel, 1, "right"),
            }));
    }

    private static Dictionary<string, object> Header(string text, double x, string anchor) => Json.O(
        ("text", "<b>" + text + "</b>"), ("x", x), ("y", 1.0), ("yanchor", "bottom"), ("xref", "paper"), ("yref", "paper"),
        ("xanchor", anchor), ("showarrow", false), ("font", Json.O(("size", 14))));
}
