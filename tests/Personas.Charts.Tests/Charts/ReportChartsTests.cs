using System.Text.RegularExpressions;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class ReportChartsTests
{
    private static readonly Plotly.NET.GenericChart[] TwoCharts =
    [
        PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 2, 3]),
        PersonaCharts.ChoosingK(SampleData.Candidates, 3),
    ];

    [Fact]
    public void ToHtmlSection_EmbedsPlotlyOnceAndEveryChart_WithoutCdn()
    {
        var html = ReportCharts.ToHtmlSection(SampleData.AllCharts());

        Assert.Single(Regex.Matches(html, "data-personas-plotly=\"plotly-2.28.0\""));
        Assert.Single(Regex.Matches(html, Regex.Escape("plotly.js v2.28.0")));
        Assert.Equal(SampleData.AllCharts().Count, Regex.Matches(html, "Plotly.newPlot\\('personas-chart-\\d+'").Count);
        Assert.DoesNotContain("cdn.plot.ly", ChartJson.WithoutPlotlyJs(html), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<script[^>]+src=", html);
    }

    [Fact]
    public void ToPage_IsDeterministic()
    {
        Assert.Equal(ReportCharts.ToPage(TwoCharts), ReportCharts.ToPage(TwoCharts));
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", ReportCharts.ToPage(TwoCharts));
    }

    [Fact]
    public void InsertIntoPage_PutsChartsBeforeBodyEndAndPlotlyOnlyOnce()
    {
        var page = "<html><body><h1>Cards</h1></body></html>";
        var once = ReportCharts.InsertIntoPage(page, TwoCharts);
        var twice = ReportCharts.InsertIntoPage(once, TwoCharts, "More charts");

        Assert.StartsWith("<html><body><h1>Cards</h1><section class=\"personas-charts\"", once, StringComparison.Ordinal);
        Assert.EndsWith("</section>\n</body></html>", once, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(twice, "data-personas-plotly=\"plotly-2.28.0\""));
        Assert.Contains("<h2>More charts</h2>", twice, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtmlSection_EncodesTheHeading() =>
        Assert.Contains("<h2>Q3 &lt;draft&gt;</h2>", ReportCharts.ToHtmlSection(TwoCharts, "Q3 <draft>", includePlotly: false), StringComparison.Ordinal);
}

public sealed class ReportChartsCardPageTests
{
    private const string CardPage =
        "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"></head>"
        + "<body><main><section>cards</section><footer>How this was made</footer></main></body></html>";

    [Fact]
    public void InsertIntoPage_CardPage_GoesBeforeTheFooterInsideMain()
    {
        var page = ReportCharts.InsertIntoPage(CardPage, [PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 2, 3])]);

        var charts = page.IndexOf("<section class=\"personas-charts\"", StringComparison.Ordinal);
        Assert.True(page.IndexOf("cards", StringComparison.Ordinal) < charts);
        Assert.True(charts < page.IndexOf("<footer>", StringComparison.Ordinal));
    }

    [Fact]
    public void InsertIntoPage_CardPageWithCsp_AllowsExactlyTheInsertedScriptsByHash()
    {
        var page = ReportCharts.InsertIntoPage(CardPage, [PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 2, 3])]);

        var csp = Regex.Match(page, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' 'sha256", csp, StringComparison.Ordinal);
        var scripts = Regex.Matches(page, "<script\\b[^>]*>(.*?)</script>", RegexOptions.Singleline);
        foreach (Match script in scripts)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script.Groups[1].Value)));
            Assert.Contains("'sha256-" + hash + "'", csp, StringComparison.Ordinal);
        }

        Assert.Contains("img-src data: blob:", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
    }
}
