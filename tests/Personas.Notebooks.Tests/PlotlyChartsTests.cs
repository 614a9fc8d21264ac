using System.Reflection;
using System.Text;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class PlotlyChartsTests
{
    /// <summary>A stand-in for Plotly.NET with the same shape: a chart type, a static toChartHTML and an embedded plotly.js.</summary>
    private static readonly Lazy<Assembly> FakePlotly = new(() => Assembly.Load(TestPackages.CompileLibrary(
        "FakePlotly",
        """
        namespace Plotly.NET
        {
            public class GenericChart { public string Id = "c1"; }
            public static class ChartModule { public static string toChartHTML(GenericChart chart) => "<div id=\"" + chart.Id + "\"></div><script>Plotly.newPlot('" + chart.Id + "', [])</script>"; }
        }
        """,
        [("Plotly.NET.plotly-2.28.0.min.js", Encoding.UTF8.GetBytes("/* plotly.js */" + new string('p', 2000)))])));

    [Fact]
    public void Format_PlotlyChart_IsHtml_WithPlotlyJsOnlyBeforeTheFirstChartOfARun()
    {
        var chart = Activator.CreateInstance(FakePlotly.Value.GetType("Plotly.NET.GenericChart")!)!;
        var state = new DisplayState();

        var first = ValueFormatter.Format(chart, state);
        var second = ValueFormatter.Format(chart, state);

        Assert.StartsWith("<script type=\"text/javascript\">/* plotly.js */ppp", first[0].Value, StringComparison.Ordinal);
        Assert.EndsWith("<div id=\"c1\"></div><script>Plotly.newPlot('c1', [])</script>", first[0].Value, StringComparison.Ordinal);
        Assert.Equal("<div id=\"c1\"></div><script>Plotly.newPlot('c1', [])</script>", second[0].Value);
        Assert.Equal("text/plain", second[1].Key);
    }
}
