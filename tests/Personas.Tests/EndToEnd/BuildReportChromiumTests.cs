using System.Diagnostics;
using System.Text.RegularExpressions;
using Personas.Testing;
using Personas.Tests.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>The report.html that 'personas build --events' writes, opened in headless Chromium as a user would open it.</summary>
public class BuildReportChromiumTests
{
    private static (string Stdout, string Stderr) Chromium(string page, params string[] extra)
    {
        var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Paths.NewTempDir(),
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
        }.Concat(extra))
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 180 s");
        }

        return (stdout.Result, stderr.Result);
    }

    [ChromiumFact]
    public void BuildReport_EveryChartDraws_WithNoConsoleErrorsOrNetworkRequests()
    {
        var outDir = Paths.NewTempDir();
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--events", Path.Combine(Paths.DataSamples, "touchpoints.csv"), "--k", "6", "--out", outDir);
        Assert.True(code == 0, err);
        var report = Path.Combine(outDir, "report.html");
        var html = File.ReadAllText(report);
        var markup = Regex.Replace(html, "<script[^>]*>.*?</script>", "", RegexOptions.Singleline); // plotly.js itself mentions URLs in code
        Assert.DoesNotMatch(new Regex("(src|href)=\"https?:", RegexOptions.IgnoreCase), markup);
        Assert.Single(Regex.Matches(html, "plotly-2\\.28\\.0")); // plotly.js embedded once
        var charts = Regex.Matches(html, "<div class=\"personas-chart\">").Count;
        Assert.True(charts >= 14, $"{charts} charts in the report"); // 4 overview, 6 personas, 4 journeys

        var (dom, log) = Chromium(report, "--dump-dom");
        var drawn = Regex.Matches(dom, "class=\"main-svg\"").Count;
        Assert.True(drawn >= charts, $"{drawn} Plotly SVG roots for {charts} charts");
        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR:CONSOLE", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Content Security Policy", log, StringComparison.Ordinal);

        // What a reader sees: no text under 10 px, no radial chart, no legend over an axis, no labels on top of each other.
        var measured = RenderedText.Measure(report);
        RenderedText.AssertReadable(measured);
        Assert.True(measured.Charts.Count >= charts, $"{measured.Charts.Count} charts measured");
        Assert.All(measured.Texts.Where(t => t.Chart == "personas-chart-heatmap" && t.Kind == "other"), t => Assert.True(t.Size >= 12, $"heatmap cell '{t.Content}' {t.Size} px"));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "build-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        Chromium(report, "--window-size=1300,6000", "--screenshot=" + screenshot);
        Assert.True(File.Exists(screenshot));
    }
}
