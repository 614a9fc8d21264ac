using System.Net;
using System.Text;
using Personas.Profiling;
using Personas.Words;

namespace Personas.Charts;

public static partial class ReportCharts
{
    /// <summary>
    /// Puts figures into a persona cards page (<c>CardRenderer.ToHtml</c>) where they belong: the overview charts under the
    /// overview, each persona's chart inside its card after "In short", and the journey and drift charts in sections of their
    /// own before "How this was made", each listed in the table of contents. Every figure has a heading and a one-line "how to
    /// read this"; the chart's own title is left out (the heading says it). plotly.js is embedded once; the page's
    /// Content-Security-Policy is extended to exactly the inserted scripts. A page without the card page's places gets the
    /// figures in one section (<see cref="InsertIntoPage(string, IReadOnlyList{Plotly.NET.GenericChart}, string)"/>).
    /// </summary>
    /// <param name="pageHtml">The persona cards page.</param>
    /// <param name="figures">The figures (<see cref="Figures"/>).</param>
    /// <param name="personas">The persona set (its language names the sections), or null for English.</param>
    /// <param name="drift">The drift report, to name the periods in the changes section's heading, or null.</param>
    /// <returns>The page with the figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string InsertFigures(string pageHtml, IReadOnlyList<ReportFigure> figures, PersonaSet? personas = null, Personas.Model.DriftReport? drift = null)
    {
        ArgumentNullException.ThrowIfNull(pageHtml);
        ArgumentNullException.ThrowIfNull(figures);
        if (!pageHtml.Contains(Reporting.HtmlCards.Marker("overview"), StringComparison.Ordinal))
        {
            return InsertIntoPage(pageHtml, [.. figures.Select(f => f.Chart)]);
        }

        var words = personas is null ? Wording.Default : Wording.Of(personas);
        var page = new StringBuilder(pageHtml);
        var inserted = new StringBuilder();
        var plotly = !pageHtml.Contains(ChartHtml.PlotlyMarker, StringComparison.Ordinal);
        string Figure(ReportFigure f)
        {
            var html = new StringBuilder();
            if (plotly)
            {
                html.Append(ChartHtml.PlotlyScript);
                plotly = false;
            }

            Plotly.NET.GenericChart.getLayout(f.Chart).SetProperty("title", Json.O(("text", string.Empty)));
            Plotly.NET.GenericChart.getLayout(f.Chart).SetProperty("margin", Margin(f));
            html.Append("<figure class=\"personas-figure\" id=\"figure-").Append(E(f.Id)).Append("\"><h3>").Append(E(f.Title)).Append("</h3>");
            html.Append("<p class=\"how\">").Append(E(words.T("chart.howToRead", ("text", f.HowToRead)))).Append("</p>");
            html.Append("<div class=\"personas-chart\">").Append(ChartHtml.ChartDiv(f.Chart, "personas-chart-" + f.Id, waitForPlotly: false)).Append("</div></figure>\n");
            inserted.Append(html);
            return html.ToString();
        }

        void Put(string marker, string html)
        {
            var at = page.ToString().IndexOf(marker, StringComparison.Ordinal);
            page.Insert(at, html);
        }

        var overviewToc = new StringBuilder();
        foreach (var f in figures.Where(f => f.Place == "overview"))
        {
            Put(Reporting.HtmlCards.Marker("overview"), Figure(f));
            overviewToc.Append("<li><a href=\"#figure-").Append(E(f.Id)).Append("\">").Append(E(f.Title)).Append("</a></li>");
        }

        if (overviewToc.Length > 0)
        {
            Put(Reporting.HtmlCards.Marker("toc:overview"), "<ol>" + overviewToc + "</ol>");
        }

        foreach (var f in figures.Where(f => f.Place.StartsWith("persona:", StringComparison.Ordinal)))
        {
            var marker = Reporting.HtmlCards.Marker(f.Place);
            if (page.ToString().Contains(marker, StringComparison.Ordinal))
            {
                Put(marker, Figure(f));
            }
        }

        foreach (var (place, heading) in new[]
        {
            ("journeys", words.T("card.journeys")),
            ("drift", words.T("card.drift", ("previous", words.Period(drift?.PreviousPeriod ?? Personas.Model.RefreshOptions.DefaultPreviousPeriod)), ("current", words.Period(drift?.CurrentPeriod ?? Personas.Model.RefreshOptions.DefaultCurrentPeriod)))),
        })
        {
            var group = figures.Where(f => f.Place == place).ToArray();
            if (group.Length == 0)
            {
                continue;
            }

            var section = new StringBuilder().Append("<section class=\"block\" id=\"").Append(place).Append("\"><h2 class=\"section-title\">").Append(E(heading)).Append("</h2>\n");
            var toc = new StringBuilder().Append("<li><a href=\"#").Append(place).Append("\">").Append(E(heading)).Append("</a><ol>");
            foreach (var f in group)
            {
                section.Append(Figure(f));
                toc.Append("<li><a href=\"#figure-").Append(E(f.Id)).Append("\">").Append(E(f.Title)).Append("</a></li>");
            }

            Put(Reporting.HtmlCards.Marker("sections"), section.Append("</section>\n").ToString());
            Put(Reporting.HtmlCards.Marker("toc"), toc.Append("</ol></li>\n").ToString());
        }

        return ContentSecurity.AllowInlineScripts(page.ToString(), inserted.ToString());
    }

    /// <summary>The chart's margins without the room its title took (the figure's heading replaces it).</summary>
    private static Dictionary<string, object> Margin(ReportFigure f)
    {
        var layout = Plotly.NET.GenericChart.getLayout(f.Chart);
        var margin = layout.TryGetTypedPropertyValue<Dictionary<string, object>>("margin") is { } m && Microsoft.FSharp.Core.FSharpOption<Dictionary<string, object>>.get_IsSome(m) ? new Dictionary<string, object>(m.Value) : Json.O(("t", 90), ("l", 70), ("r", 30), ("b", 60));
        var top = margin.TryGetValue("t", out var t) ? Convert.ToDouble(t, System.Globalization.CultureInfo.InvariantCulture) : 90;
        margin["t"] = Math.Max(top - 50, 40);
        return margin;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
