using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Personas.Kernel.Tests.TestSupport;
using Personas.Testing;

namespace Personas.Kernel.Tests;

/// <summary>
/// The kernelspec installed into a temporary prefix by this build's <c>personas kernel install --prefix DIR</c> (the
/// command's apphost, as an installed tool runs), found by Jupyter through JUPYTER_PATH.
/// </summary>
public sealed class InstalledKernelFixture
{
    public InstalledKernelFixture()
    {
        Prefix = Jupyter.NewTempDir();
        var (code, output) = PersonasCommand.Run("kernel", "install", "--prefix", Prefix);
        Assert.True(code == 0, "personas kernel install failed: " + output);
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(Prefix, "share", "jupyter", "kernels", "personas", "kernel.json")));
        Argv = spec.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!).ToArray();
        Environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(Prefix, "share", "jupyter"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Prefix, "runtime"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(Prefix, "data"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(Prefix, "config"),
        };
    }

    public string Prefix { get; }

    public IReadOnlyList<string> Argv { get; }

    public Dictionary<string, string> Environment { get; }
}

/// <summary>Jupyter's KernelManager starts, interrupts (control message and SIGINT), restarts and shuts down the kernel process.</summary>
public sealed class KernelManagerTests(InstalledKernelFixture installed) : IClassFixture<InstalledKernelFixture>
{
    private static string Result(JsonElement run) =>
        run.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "execute_result")
            .GetProperty("content").GetProperty("data").GetProperty("text/plain").GetString()!;

    [Fact]
    public void Kernelspec_StartsThisBuildsPersonasCommand()
    {
        Assert.Equal(PersonasCommand.Launcher, installed.Argv.Take(PersonasCommand.Launcher.Count));
        Assert.Equal(["kernel", "run", "--connection-file", "{connection_file}"], installed.Argv.Skip(PersonasCommand.Launcher.Count));
    }

    [JupyterClientFact]
    public void KernelManager_StartsInterruptsRestartsAndShutsDownTheKernel() => CheckKernelManager(sigintIgnored: false);

    /// <summary>
    /// A front end started in the background by a non-interactive shell (<c>jupyter lab &amp;</c>, a CI job) ignores
    /// SIGINT and its kernel inherits that; .NET then never installs its SIGINT handler, and before the fix every SIGINT
    /// interrupt was lost (the cell ran its full 60 s: CI's failure). The kernel must still be interrupted by SIGINT.
    /// </summary>
    [JupyterClientFact]
    public void KernelManager_SigintInterruptsTheCell_WhenTheFrontEndIgnoresSigint() => CheckKernelManager(sigintIgnored: true);

    private void CheckKernelManager(bool sigintIgnored)
    {
        var cwd = Jupyter.NewTempDir();
        var (code, stdout, stderr) = Jupyter.RunPython(Jupyter.Script("manager_checks.py"), sigintIgnored ? [cwd, "--sigint-ignored"] : [cwd], installed.Environment);
        Assert.True(code == 0, $"manager_checks.py exited {code}:\n{stderr}\n{stdout}");
        using var doc = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]);
        var seen = doc.RootElement;
        if (sigintIgnored)
        {
            Assert.True(seen.GetProperty("front_end_ignores_sigint").GetBoolean(), "the front end was meant to start the kernel with SIGINT ignored");
        }

        Assert.Equal("42", Result(seen.GetProperty("first")));
        Assert.Equal(cwd, Result(seen.GetProperty("cwd")).Trim('"'));

        foreach (var how in new[] { "interrupt_message", "sigint", "sigint_again" })
        {
            var run = seen.GetProperty(how);
            // The whole record (reply, seconds) in the message: an "ok" here means the interrupt did not reach the cell.
            Assert.True(run.GetProperty("reply").GetProperty("status").GetString() == "error", $"{how}: {run}; everything seen: {seen}");
            Assert.Equal("Interrupted", run.GetProperty("reply").GetProperty("ename").GetString());
            Assert.True(run.GetProperty("seconds").GetDouble() < 4, how + " should stop a cell that honours its token at once");
        }

        Assert.Equal("43", Result(seen.GetProperty("alive_after_interrupts")));
        var old = seen.GetProperty("after_restart_old_state").GetProperty("reply");
        Assert.Equal("error", old.GetProperty("status").GetString());
        Assert.Contains("CS0103", old.GetProperty("evalue").GetString(), StringComparison.Ordinal);
        Assert.Equal("2", Result(seen.GetProperty("after_restart")));
        Assert.False(seen.GetProperty("alive_after_shutdown").GetBoolean());
        Assert.False(seen.GetProperty("alive_after_sigterm").GetBoolean());
    }
}

/// <summary>
/// Notebooks executed once per test run in the Personas kernel by Jupyter's own clients (nbconvert --execute, or nbclient
/// with papermill-style injected parameters), shared by the tests that check their outputs and their HTML exports.
/// </summary>
internal static class ExecutedNotebooks
{
    private static readonly ConcurrentDictionary<string, Lazy<(int Code, string Log, string Path)>> Runs = new();

    public static string Folder { get; } = Path.Combine(Jupyter.RepoRoot, "notebooks");

    /// <summary>Runs <paramref name="name"/> with nbconvert --execute (no parameters) or nbclient (with them); returns the exit code, the clients' output and the executed notebook.</summary>
    public static (int Code, string Log, string Path) Run(InstalledKernelFixture installed, string name, params string[] parameters) =>
        Runs.GetOrAdd(name + "\n" + string.Join("\n", parameters), _ => new(() => Execute(installed, name, parameters))).Value;

    /// <summary>The HTML export of an executed notebook (nbconvert --to html, Jupyter's own exporter).</summary>
    public static string ExportHtml(string executed)
    {
        var outDir = Jupyter.NewTempDir();
        var (code, stdout, stderr) = Jupyter.RunPython("-m", ["nbconvert", "--to", "html", "--output-dir", outDir, executed], null, Folder, 300);
        Assert.True(code == 0, $"nbconvert --to html exited {code}:\n{stderr}\n{stdout}");
        return Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(executed), ".html"));
    }

    private static (int Code, string Log, string Path) Execute(InstalledKernelFixture installed, string name, string[] parameters)
    {
        var outDir = Jupyter.NewTempDir();
        var executed = Path.Combine(outDir, name);
        var (code, stdout, stderr) = parameters.Length == 0
            ? Jupyter.RunPython(
                "-m",
                ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=personas", "--ExecutePreprocessor.timeout=600", "--output-dir", outDir, Path.Combine(Folder, name)],
                installed.Environment,
                Folder,
                900)
            : Jupyter.RunPython(Jupyter.Script("nbclient_parameters.py"), [Path.Combine(Folder, name), executed, .. parameters], installed.Environment, Folder, 900);
        return (code, stderr + "\n" + stdout, executed);
    }
}

/// <summary>
/// Every notebook in notebooks/ runs in the kernel through <c>jupyter nbconvert --execute</c>, and the notebooks with
/// a parameters cell through nbclient with papermill-style injected parameters: outputs hold HTML displays and charts
/// and no errors.
/// </summary>
public sealed class NotebookHostTests(InstalledKernelFixture installed) : IClassFixture<InstalledKernelFixture>
{
    /// <summary>The parameters the tests give 04-quarterly-refresh (a label the outputs must show).</summary>
    internal const string QuarterParameter = "quarterLabel=2031 \"Q4\"";

    // 04 and 05 have a parameters cell: they run through nbclient with injected parameters below, so that every
    // notebook runs once in Jupyter's own client (nbconvert --execute is nbclient too) and CI time stays short.
    public static TheoryData<string> SampleNotebooks => new("01-quickstart.ipynb", "02-choosing-personas.ipynb", "03-journeys.ipynb");

    internal static string RealDataParameter => "dataFile=" + Jupyter.SharedData("customer-personality-analysis/marketing_campaign.csv");

    private static List<JsonElement> Outputs(string executed, out List<JsonElement> codeCells)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(executed));
        codeCells = doc.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").Select(c => c.Clone()).ToList();
        return codeCells.SelectMany(c => c.GetProperty("outputs").EnumerateArray()).ToList();
    }

    internal static string Html(JsonElement output) =>
        output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var html)
            ? html.ValueKind == JsonValueKind.Array ? string.Concat(html.EnumerateArray().Select(l => l.GetString())) : html.GetString()!
            : string.Empty;

    /// <summary>How many Plotly charts the executed notebook's outputs draw.</summary>
    internal static int ChartCount(string executed) =>
        Outputs(executed, out _).Sum(o => Regex.Matches(Html(o), "Plotly\\.newPlot\\(['\"]").Count);

    private static void AssertRichAndClean(string executed, bool charts)
    {
        var outputs = Outputs(executed, out var codeCells);
        Assert.All(codeCells, c => Assert.Equal(JsonValueKind.Number, c.GetProperty("execution_count").ValueKind));
        var errors = outputs.Where(o => o.GetProperty("output_type").GetString() == "error").Select(o => o.GetRawText()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains(outputs, o => Html(o).Contains("personas-display", StringComparison.Ordinal));
        if (charts)
        {
            Assert.Contains(outputs, o => Html(o).Contains("Plotly.newPlot", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(outputs, o => o.TryGetProperty("data", out var d) && d.TryGetProperty("text/plain", out var p) && p.GetRawText().Contains("PersonaAssignment {", StringComparison.Ordinal));
    }

    [NbclientTheory]
    [MemberData(nameof(SampleNotebooks))]
    public void NbConvertExecute_RunsTheNotebookInThePersonasKernel(string name)
    {
        var (code, log, executed) = ExecutedNotebooks.Run(installed, name);

        Assert.True(code == 0, $"nbconvert exited {code}:\n{log}");
        AssertRichAndClean(executed, charts: true);
    }

    [NbclientFact]
    public void Nbclient_InjectedParameters_ReachTheOutputs()
    {
        var (code, log, executed) = ExecutedNotebooks.Run(installed, "04-quarterly-refresh.ipynb", QuarterParameter);

        Assert.True(code == 0, $"nbclient exited {code}:\n{log}");
        AssertRichAndClean(executed, charts: true);
        var outputs = Outputs(executed, out var cells);
        Assert.Contains(cells, c => c.GetProperty("metadata").TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "injected-parameters"));
        Assert.Contains(outputs, o => Html(o).Contains("2031 ", StringComparison.Ordinal) && Html(o).Contains("Q4", StringComparison.Ordinal));
    }

    [SharedDataNbclientFact("customer-personality-analysis/marketing_campaign.csv")]
    public void RealDataNotebook_RunsThroughNbclient_WithItsDataFileParameter()
    {
        var (code, log, executed) = ExecutedNotebooks.Run(installed, "05-real-data.ipynb", RealDataParameter);

        Assert.True(code == 0, $"nbclient exited {code}:\n{log}");
        AssertRichAndClean(executed, charts: true);
    }
}

/// <summary>
/// The notebooks' HTML exports (nbconvert --to html of the executed notebooks), opened in headless Chromium as a reader
/// opens them: every chart draws, no SVG text is under 10 px, no radial chart, no legend over an axis label, no labels on
/// top of each other (the same checks as report.html's).
/// </summary>
public sealed class NotebookExportChromiumTests(InstalledKernelFixture installed) : IClassFixture<InstalledKernelFixture>
{
    public static TheoryData<string> ChartNotebooks => new("01-quickstart.ipynb", "02-choosing-personas.ipynb", "03-journeys.ipynb", "04-quarterly-refresh.ipynb");

    private static void AssertLegible(string name, string executed)
    {
        var charts = NotebookHostTests.ChartCount(executed);
        Assert.True(charts > 0, name + " draws no chart");
        var html = ExecutedNotebooks.ExportHtml(executed);

        var measured = RenderedText.Measure(html);

        RenderedText.AssertReadable(measured);
        Assert.Equal(charts, measured.Charts.Count);
        Assert.All(measured.Charts, c => Assert.True(c.Traces > 0, $"{name}: chart {c.Id} drew no trace"));
        var kept = Path.Combine(AppContext.BaseDirectory, "artifacts", Path.ChangeExtension(name, ".html")); // to look at after a run
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(html, kept, overwrite: true);
    }

    [ChromiumNbclientTheory]
    [MemberData(nameof(ChartNotebooks))]
    public void NotebookHtmlExport_ChartsAreLegibleInChromium(string name)
    {
        var (code, log, executed) = name.StartsWith("04", StringComparison.Ordinal)
            ? ExecutedNotebooks.Run(installed, name, NotebookHostTests.QuarterParameter)
            : ExecutedNotebooks.Run(installed, name);
        Assert.True(code == 0, $"{name} did not run:\n{log}");

        AssertLegible(name, executed);
    }

    [SharedDataNbclientFact("customer-personality-analysis/marketing_campaign.csv", Chromium = true)]
    public void RealDataNotebookHtmlExport_ChartsAreLegibleInChromium()
    {
        var (code, log, executed) = ExecutedNotebooks.Run(installed, "05-real-data.ipynb", NotebookHostTests.RealDataParameter);
        Assert.True(code == 0, $"05-real-data.ipynb did not run:\n{log}");

        AssertLegible("05-real-data.ipynb", executed);
    }
}
