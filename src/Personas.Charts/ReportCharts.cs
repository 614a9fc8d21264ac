using System.Globalization;
using System.Net;
using System.Text;
using Plotly.NET;

namespace Personas.Charts;

/// <summary>
/// Charts in one self-contained HTML page (such as <c>report.html</c>): plotly.js is embedded once per page, never loaded
/// from a CDN, and each chart is a div drawn by its own script. Output is deterministic (fixed chart ids).
/// </summary>
public static partial class ReportCharts
{
    /// <summary>An HTML fragment with a heading, plotly.js (once) and every chart, to put into a page's body.</summary>
    /// <param name="charts">The charts, in display order.</param>
    /// <param name="heading">The section heading.</param>
    /// <param name="includePlotly">Whether to include plotly.js; pass false when the page already has it.</param>
    /// <returns>A <c>&lt;section class="personas-charts"&gt;</c> fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charts"/> is null.</exception>
    /// <example><code>var section = ReportCharts.ToHtmlSection([PersonaCharts.SizesAndValueShares(names, sizes)]);</code></example>
    public static string ToHtmlSection(IReadOnlyList<GenericChart> charts, string heading = "Charts", bool includePlotly = true)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(heading);
        var sb = new StringBuilder();
        sb.Append("<section class=\"personas-charts\" id=\"charts\">\n");
        sb.Append("<style>.personas-charts .personas-chart{margin:1.5em 0;padding:0.5em;border:1px solid #e5e7eb;border-radius:8px;background:#fff}</style>\n");
        sb.Append("<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2>\n");
        if (includePlotly)
        {
            sb.Append(ChartHtml.PlotlyScript);
        }

        for (var i = 0; i < charts.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(charts[i], nameof(charts));
            var id = "personas-chart-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            sb.Append("<div class=\"personas-chart\">").Append(ChartHtml.ChartDiv(charts[i], id, waitForPlotly: false)).Append("</div>\n");
        }

        sb.Append("</section>\n");
        return sb.ToString();
    }

    /// <summary>Inserts the chart section into an existing page: inside its <c>&lt;main&gt;</c> column before the page's
    /// <c>&lt;footer&gt;</c> when there is one (the persona cards page), else before <c>&lt;/main&gt;</c> or <c>&lt;/body&gt;</c>,
    /// else at the end; plotly.js is added only if the page does not carry it yet. When the page has a
    /// Content-Security-Policy meta tag (the persona cards page forbids scripts), the policy is extended to allow exactly
    /// the inserted scripts by their SHA-256 hashes (and <c>data:</c> images for Plotly's "download as PNG"); nothing else
    /// is loosened, so the page still cannot load anything from the network.</summary>
    /// <param name="pageHtml">The page, for example the persona cards' HTML.</param>
    /// <param name="charts">The charts, in display order.</param>
    /// <param name="heading">The section heading.</param>
    /// <returns>The page with the charts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string InsertIntoPage(string pageHtml, IReadOnlyList<GenericChart> charts, string heading = "Charts")
    {
        ArgumentNullException.ThrowIfNull(pageHtml);
        var section = ToHtmlSection(charts, heading, includePlotly: !pageHtml.Contains(ChartHtml.PlotlyMarker, StringComparison.Ordinal));
        var at = InsertionPoint(pageHtml);
        var page = at < 0 ? pageHtml + section : pageHtml.Insert(at, section);
        return ContentSecurity.AllowInlineScripts(page, section);
    }

    // Inside the page's main column: before its footer ("How this was made"), else before </main>, else before </body>.
    private static int InsertionPoint(string page)
    {
        var main = page.LastIndexOf("</main>", StringComparison.OrdinalIgnoreCase);
        var footer = page.LastIndexOf("<footer", StringComparison.OrdinalIgnoreCase);
        if (main >= 0)
        {
            return footer >= 0 && footer < main && page.LastIndexOf("<main", StringComparison.OrdinalIgnoreCase) < footer ? footer : main;
        }

        return page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A complete self-contained HTML page with the charts.</summary>
    /// <param name="charts">The charts, in display order.</param>
    /// <param name="title">The page title and heading.</param>
    /// <returns>An HTML document that renders offline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToPage(IReadOnlyList<GenericChart> charts, string title = "Personas charts")
    {
        ArgumentNullException.ThrowIfNull(title);
        var encoded = WebUtility.HtmlEncode(title);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + encoded + "</title>\n"
            + "<style>body{font-family:'Segoe UI',Helvetica,Arial,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#1f2937;background:#f9fafb}</style>\n"
            + "</head>\n<body>\n<h1>" + encoded + "</h1>\n"
            + ToHtmlSection(charts, "Charts")
            + "</body>\n</html>\n";
    }
}
