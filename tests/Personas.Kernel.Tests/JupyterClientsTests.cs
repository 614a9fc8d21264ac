using System.Text.Json;
using Personas.Kernel.Tests.TestSupport;

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
    public void KernelManager_StartsInterruptsRestartsAndShutsDownTheKernel()
    {
        var cwd = Jupyter.NewTempDir();
        var (code, stdout, stderr) = Jupyter.RunPython(Jupyter.Script("manager_checks.py"), [cwd], installed.Environment);
        Assert.True(code == 0, $"manager_checks.py exited {code}:\n{stderr}\n{stdout}");
        using var doc = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]);
        var seen = doc.RootElement;

        Assert.Equal("42", Result(seen.GetProperty("first")));
        Assert.Equal(cwd, Result(seen.GetProperty("cwd")).Trim('"'));

        foreach (var how in new[] { "interrupt_message", "sigint", "sigint_again" })
        {
            var run = seen.GetProperty(how);
            Assert.Equal("error", run.GetProperty("reply").GetProperty("status").GetString());
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
/// Every notebook in notebooks/ runs in the kernel through <c>jupyter nbconvert --execute</c>, and the notebooks with
/// a parameters cell through nbclient with papermill-style injected parameters: outputs hold HTML displays and charts
/// and no errors.
/// </summary>
public sealed class NotebookHostTests(InstalledKernelFixture installed) : IClassFixture<InstalledKernelFixture>
{
    private static readonly string Notebooks = Path.Combine(Jupyter.RepoRoot, "notebooks");

    // 04 and 05 have a parameters cell: they run through nbclient with injected parameters below, so that every
    // notebook runs once in Jupyter's own client (nbconvert --execute is nbclient too) and CI time stays short.
    public static TheoryData<string> SampleNotebooks => new("01-quickstart.ipynb", "02-choosing-personas.ipynb", "03-journeys.ipynb");

    private static List<JsonElement> Outputs(string executed, out List<JsonElement> codeCells)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(executed));
        codeCells = doc.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").Select(c => c.Clone()).ToList();
        return codeCells.SelectMany(c => c.GetProperty("outputs").EnumerateArray()).ToList();
    }

    private static string Html(JsonElement output) =>
        output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var html)
            ? html.ValueKind == JsonValueKind.Array ? string.Concat(html.EnumerateArray().Select(l => l.GetString())) : html.GetString()!
            : string.Empty;

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

    private (int Code, string Out, string Err) NbConvert(string notebook, string outDir) =>
        Jupyter.RunPython(
            "-m",
            ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=personas", "--ExecutePreprocessor.timeout=600", "--output-dir", outDir, notebook],
            installed.Environment,
            Notebooks,
            900);

    [NbclientTheory]
    [MemberData(nameof(SampleNotebooks))]
    public void NbConvertExecute_RunsTheNotebookInThePersonasKernel(string name)
    {
        var outDir = Jupyter.NewTempDir();

        var (code, stdout, stderr) = NbConvert(Path.Combine(Notebooks, name), outDir);

        Assert.True(code == 0, $"nbconvert exited {code}:\n{stderr}\n{stdout}");
        AssertRichAndClean(Path.Combine(outDir, name), charts: true);
    }

    [NbclientFact]
    public void Nbclient_InjectedParameters_ReachTheOutputs()
    {
        var executed = Path.Combine(Jupyter.NewTempDir(), "04.ipynb");

        var (code, stdout, stderr) = Jupyter.RunPython(
            Jupyter.Script("nbclient_parameters.py"),
            [Path.Combine(Notebooks, "04-quarterly-refresh.ipynb"), executed, "quarterLabel=2031 \"Q4\""],
            installed.Environment,
            Notebooks,
            900);

        Assert.True(code == 0, $"nbclient exited {code}:\n{stderr}\n{stdout}");
        AssertRichAndClean(executed, charts: true);
        var outputs = Outputs(executed, out var cells);
        Assert.Contains(cells, c => c.GetProperty("metadata").TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "injected-parameters"));
        Assert.Contains(outputs, o => Html(o).Contains("2031 ", StringComparison.Ordinal) && Html(o).Contains("Q4", StringComparison.Ordinal));
    }

    [SharedDataNbclientFact("customer-personality-analysis/marketing_campaign.csv")]
    public void RealDataNotebook_RunsThroughNbclient_WithItsDataFileParameter()
    {
        var data = Jupyter.SharedData("customer-personality-analysis/marketing_campaign.csv");
        var executed = Path.Combine(Jupyter.NewTempDir(), "05.ipynb");
        var (code, stdout, stderr) = Jupyter.RunPython(
            Jupyter.Script("nbclient_parameters.py"),
            [Path.Combine(Notebooks, "05-real-data.ipynb"), executed, "dataFile=" + data],
            installed.Environment,
            Notebooks,
            900);

        Assert.True(code == 0, $"nbclient exited {code}:\n{stderr}\n{stdout}");
        AssertRichAndClean(executed, charts: true);
    }
}
