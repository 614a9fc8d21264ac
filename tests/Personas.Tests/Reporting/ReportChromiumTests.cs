using System.Diagnostics;
using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

public class ReportChromiumTests
{
    [ChromiumFact]
    public void ReportHtml_InHeadlessChromium_LoadsWithoutErrorsOrRequestsAndIsScreenshotted()
    {
        var (set, info) = ReportFixtures.Planted();
        var dir = Paths.NewTempDir();
        var page = Path.Combine(dir, "report.html");
        File.WriteAllText(page, CardRenderer.ToHtml(set, info));
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, "report.png");
        File.Delete(screenshot);

        var (dom, domLog) = RunChromium(dir, "--dump-dom", new Uri(page).AbsoluteUri);
        var (_, shotLog) = RunChromium(dir, $"--screenshot={screenshot} --window-size=1280,2200 --hide-scrollbars", new Uri(page).AbsoluteUri);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("High-income wine lovers", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        foreach (var log in new[] { domLog, shotLog })
        {
            // Page console messages are logged as CONSOLE(...); blocked or failed loads as net::ERR_ or CSP "Refused to".
            Assert.DoesNotContain("CONSOLE", log, StringComparison.Ordinal);
            Assert.DoesNotContain("net::ERR", log, StringComparison.Ordinal);
            Assert.DoesNotContain("Refused to", log, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 20_000, $"no screenshot at {screenshot}");
    }

    private static (string Stdout, string Stderr) RunChromium(string dir, string args, string url)
    {
        var profile = Path.Combine(dir, "profile-" + Guid.NewGuid().ToString("N"));
        var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath,
            $"--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --disable-component-update --disable-sync " +
            $"--enable-logging=stderr --v=0 --user-data-dir={profile} {args} {url}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 90 s");
        }

        process.WaitForExit();
        return (stdout.Result, stderr.Result);
    }
}
