using System.Diagnostics;
using Personas.Tests.TestSupport;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>Runs Debian's headless Chromium on a local page (flags from STACK-NOTES).</summary>
internal static class HeadlessChromium
{
    public sealed record Result(string Stdout, string Stderr, int ExitCode);

    public static Result Run(string pagePath, params string[] extra)
    {
        var profile = Paths.NewTempDir();
        var psi = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
        }.Concat(extra))
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add(new Uri(pagePath).AbsoluteUri);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 120 s");
        }

        return new Result(stdout.Result, stderr.Result, process.ExitCode);
    }
}
