using System.Text.RegularExpressions;
using Personas.Charts.Tests.TestSupport;
using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Charts.Tests.Rendering;

public sealed class ReportRenderingTests
{
    [ChromiumFact]
    public void ReportPage_WithEveryChart_RendersOfflineInHeadlessChromium_WithoutErrorsOrNetwork()
    {
        // The report as `personas build` writes it: the persona cards page with the chart section inserted.
        var b = BuildFixture.Value;
        var charts = ReportCharts.Charts(b.Refresh.Personas, b.Refresh.Segmentation, b.Refresh.Features, b.Journeys, b.Refresh.Drift, "2026 Q2", "2026 Q3");
        // Four overview charts, one "how they differ" per described persona, the journey charts, the migration chart.
        var differences = b.Refresh.Personas.Personas.Count(p => p.IsDetailed && p.Traits.Count > 0);
        Assert.True(differences >= 3, $"{differences} personas with traits");
        Assert.InRange(charts.Count - 4 - differences - 1, 3, 4); // journey map, stage funnel (with stages), next touchpoint, attribution
        var info = new ReportInfo
        {
            DataFile = "customers.csv", RowsRead = b.Table.RowCount, RowsUsed = b.Table.RowCount, RowsExcluded = 0,
            K = b.Refresh.Personas.Personas.Count, KReason = b.Refresh.Segmentation.KSelection.Reason, Seed = 42,
            LibraryVersion = "test", CreatedAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
        };
        var page = ReportCharts.InsertIntoPage(CardRenderer.ToHtml(b.Refresh.Personas, info), charts);
        var dir = Path.Combine(AppContext.BaseDirectory, "rendering");
        Directory.CreateDirectory(dir);
        var pagePath = Path.Combine(dir, "report.html");
        File.WriteAllText(pagePath, page);
        var netLog = Path.Combine(dir, "netlog.json");

        var screenshot = Path.Combine(dir, "report.png");
        var dom = HeadlessChromium.Run(
            pagePath, "--dump-dom", "--log-net-log=" + netLog, "--screenshot=" + screenshot, "--window-size=1400,8000", "--hide-scrollbars");

        // Every chart div got Plotly's SVG.
        for (var i = 1; i <= charts.Count; i++)
        {
            var at = dom.Stdout.IndexOf("id=\"personas-chart-" + i + "\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"chart {i} div missing from the DOM");
            var end = i < charts.Count ? dom.Stdout.IndexOf("id=\"personas-chart-" + (i + 1) + "\"", StringComparison.Ordinal) : dom.Stdout.Length;
            Assert.Contains("main-svg", dom.Stdout[at..end], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Uncaught", dom.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR:CONSOLE", dom.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Content Security Policy", dom.Stderr, StringComparison.Ordinal); // a blocked script logs at INFO

        // No network: no remote src/href in the page, no http(s) request in Chromium's net log.
        var markup = Regex.Replace(dom.Stdout, "<script\\b[^>]*>.*?</script>", "<script></script>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        Assert.DoesNotMatch(new Regex("<[a-z][^>]*\\s(src|href)\\s*=\\s*[\"']?(https?:)?//", RegexOptions.IgnoreCase), markup);
        // Chromium itself calls Google services (time, updates, accounts) even headless: those are not the page's.
        var requested = Regex.Matches(File.ReadAllText(netLog), "\"url\"\\s*:\\s*\"(https?://[^/\"]+)")
            .Select(m => new Uri(m.Groups[1].Value).Host)
            .Where(h => !h.EndsWith("google.com", StringComparison.Ordinal) && !h.EndsWith("googleapis.com", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
        Assert.Empty(requested);

        Assert.True(File.Exists(screenshot), "no screenshot written");
    }
}
