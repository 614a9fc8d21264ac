using System.Text.RegularExpressions;
using Personas.Charts;

namespace Personas.Charts.Tests.Rendering;

public class ScriptInjectionTests
{
    [Fact]
    public void ChartHtml_PersonaNameWithMarkup_CannotEndTheScriptOrBecomeMarkup()
    {
        var evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)><!--";
        var chart = PersonaCharts.SizesAndValueShares([evil, "Plain"], [10, 20]);
        var html = ReportCharts.ToHtmlSection([chart], "Charts", includePlotly: false);

        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)>", html, StringComparison.Ordinal); // shown as text by Plotly
    }

    [Fact]
    public void ChartHtml_ChartsOwnLabelTags_AreKept()
    {
        var chart = PersonaCharts.StageFunnel(["need recognition", "purchase decision"], ["A"], [[10, 5]]);
        var html = ReportCharts.ToHtmlSection([chart], "Charts", includePlotly: false);
        Assert.Contains("<b>", html, StringComparison.Ordinal);
    }
}
