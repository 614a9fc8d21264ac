using System.Text.Json.Nodes;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public class ChartHtmlTests
{
    /// <summary>The JSON after <c>var NAME = </c> up to the end of its statement in a chart's script.</summary>
    private static JsonNode Part(string html, string name)
    {
        var start = html.IndexOf("var " + name + " = ", StringComparison.Ordinal) + name.Length + 7;
        var end = html.IndexOf(";\n", start, StringComparison.Ordinal);
        return JsonNode.Parse(html[start..end])!;
    }

    [Fact]
    public void ToChartHtml_WithTheCachedTemplate_DrawsTheSameFigureAsPlotlyNet()
    {
        var b = BuildFixture.Value;
        var figures = ReportCharts.Figures(b.Personas, b.Segmentation, b.Features, b.Journeys, b.Refresh.Drift);
        Assert.True(figures.Count >= 5);
        foreach (var figure in figures.Concat(figures))
        {
            var ours = ChartHtml.ToChartHtml(figure.Chart);
            var theirs = Plotly.NET.GenericChart.toChartHTML(figure.Chart);
            foreach (var part in new[] { "data", "layout", "config" })
            {
                Assert.True(JsonNode.DeepEquals(Part(theirs, part), Part(ours, part)), $"{figure.Id}: {part} differs");
            }

            Assert.NotNull(Part(ours, "layout")["template"]);
        }
    }
}
