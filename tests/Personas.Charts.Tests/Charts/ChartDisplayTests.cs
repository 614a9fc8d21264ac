using System.Text.RegularExpressions;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

[Collection(ChartDisplaySession.Name)]
public sealed class ChartDisplayTests
{
    [Fact]
    public void ToNotebookHtml_IncludesPlotlyOnlyInTheFirstChartOfASession()
    {
        ChartDisplay.ResetSession();
        var chart = PersonaCharts.ChoosingK(SampleData.Candidates, 3);
        var first = ChartDisplay.ToNotebookHtml(chart);
        var second = ChartDisplay.ToNotebookHtml(chart);
        ChartDisplay.ResetSession();
        var afterReset = ChartDisplay.ToNotebookHtml(chart);

        Assert.Contains("plotly.js v2.28.0", first, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.js v2.28.0", second, StringComparison.Ordinal);
        Assert.Contains("plotly.js v2.28.0", afterReset, StringComparison.Ordinal);
        Assert.Contains("id=\"personas-nb-chart-1\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"personas-nb-chart-2\"", second, StringComparison.Ordinal);

        // A later output waits for the global Plotly instead of failing if it is not there yet.
        Assert.Matches(new Regex("typeof Plotly === 'undefined'.*setTimeout", RegexOptions.Singleline), second);
    }
}

[CollectionDefinition(Name)]
public sealed class ChartDisplaySession
{
    public const string Name = "ChartDisplay session (static state)";
}
