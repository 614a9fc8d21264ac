using System.Diagnostics;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>
/// Each notebook's file-based app (<c>dotnet run notebooks/NN-name.cs</c>) runs as a user would run it and writes a
/// page with the same rich displays and offline charts as the notebook.
/// </summary>
public sealed class FileBasedAppTests
{
    public static TheoryData<string> SampleApps => new("01-quickstart.cs", "02-choosing-personas.cs", "03-journeys.cs", "04-quarterly-refresh.cs");

    private static string RunApp(string app, params string[] extra)
    {
        var dir = TestFiles.NewScratchFolder();
        var page = Path.Combine(dir, Path.ChangeExtension(app, ".html"));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "run", Path.Combine(SharedData.RepoRoot, "notebooks", app), "--", page }.Concat(extra))
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(600_000), app + " did not finish within 10 minutes");
        Assert.True(p.ExitCode == 0, $"dotnet run {app} exited {p.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        Assert.Contains("wrote " + page, stdout.Result, StringComparison.Ordinal);
        return File.ReadAllText(page);
    }

    private static void AssertLikeTheNotebook(string html)
    {
        Assert.Contains("class=\"personas-display\"", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("In [", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleApps))]
    public void App_WritesThePageWithCardsAndCharts(string app)
    {
        var html = RunApp(app);

        AssertLikeTheNotebook(html);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
    }

    [SharedDataFact("customer-personality-analysis/marketing_campaign.csv")]
    public void RealDataApp_WritesThePage_FromTheDataFileArgument()
    {
        var html = RunApp("05-real-data.cs", SharedData.Path("customer-personality-analysis/marketing_campaign.csv"));

        AssertLikeTheNotebook(html);
        Assert.Contains("Income", html, StringComparison.Ordinal);
    }
}
