using System.Diagnostics;
using System.Text.Json;
using Personas.Tests.Cli;
using Personas.Tests.Packaging;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/ runs headless through 'personas notebook run' against the packed packages, as a user's
/// notebook would (#r "nuget: Personas"), and the executed copy is a valid nbformat 4 notebook.
/// </summary>
[Collection(PackedPackages.Collection)]
public class NotebookExecutionTests
{
    private static readonly string[] SampleDataNotebookNames =
    [
        "01-quickstart.ipynb",
        "02-choosing-personas.ipynb",
        "03-journeys.ipynb",
        "04-quarterly-refresh.ipynb",
    ];

    public static TheoryData<string> SampleDataNotebooks => new(SampleDataNotebookNames);

    private static (int Code, string Err, string Executed, string Html) RunNotebook(string name, params string[] extra)
    {
        var outDir = Paths.NewTempDir();
        var executed = Path.Combine(outDir, name);
        var html = Path.Combine(outDir, Path.ChangeExtension(name, ".html"));
        var args = new List<string> { "notebook", "run", Path.Combine(Paths.RepoRoot, "notebooks", name), "--packages", PackedPackages.Folder.Value, "--out", executed, "--html", html };
        args.AddRange(extra);
        var (code, _, err) = BuildCommandTests.Run([.. args]);
        return (code, err, executed, html);
    }

    [Fact]
    public void Notebooks_Folder_HoldsTheFiveDocumentedNotebooks_WithoutOutputs()
    {
        var names = Directory.GetFiles(Path.Combine(Paths.RepoRoot, "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>([.. SampleDataNotebookNames, "05-real-data.ipynb"], names!);
        foreach (var n in names)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "notebooks", n!)));
            Assert.Equal("personas", doc.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
            Assert.Equal("csharp", doc.RootElement.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
            var cells = doc.RootElement.GetProperty("cells").EnumerateArray().ToList();
            Assert.Equal("markdown", cells[0].GetProperty("cell_type").GetString());
            Assert.All(cells.Where(c => c.GetProperty("cell_type").GetString() == "code"), c => Assert.Equal(0, c.GetProperty("outputs").GetArrayLength()));
        }
    }

    [Theory]
    [MemberData(nameof(SampleDataNotebooks))]
    public void Notebook_RunsWithoutError_AndIsValidNbformat(string name)
    {
        var (code, err, executed, html) = RunNotebook(name);
        Assert.True(code == 0, err);
        Assert.True(File.Exists(html));
        using var doc = JsonDocument.Parse(File.ReadAllText(executed));
        var codeCells = doc.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();
        Assert.All(codeCells, c => Assert.True(c.GetProperty("execution_count").ValueKind == JsonValueKind.Number));
        Assert.DoesNotContain(codeCells.SelectMany(c => c.GetProperty("outputs").EnumerateArray()), o => o.GetProperty("output_type").GetString() == "error");
        Nbformat.AssertValid(executed);
    }

    [Fact]
    public void Notebook_ParameterOverride_ReachesTheOutputs()
    {
        var (code, err, executed, _) = RunNotebook("04-quarterly-refresh.ipynb", "--param", "quarterLabel=2031 Q4");
        Assert.True(code == 0, err);
        var text = File.ReadAllText(executed);
        Assert.Contains("2031 Q4", text, StringComparison.Ordinal);
        Assert.Contains("injected-parameters", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebook_UnknownParameter_IsAUsageError()
    {
        var (code, err, _, _) = RunNotebook("04-quarterly-refresh.ipynb", "--param", "noSuchVariable=1");
        Assert.Equal(Personas.Cli.CliApp.UsageError, code);
        Assert.Contains("noSuchVariable", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebook_FailingCell_ExitsOneNamingTheCell()
    {
        var dir = Paths.NewTempDir();
        var broken = Path.Combine(dir, "broken.ipynb");
        File.WriteAllText(broken, """
            {"cells":[
              {"cell_type":"code","execution_count":null,"id":"a","metadata":{},"outputs":[],"source":["var x = 1;"]},
              {"cell_type":"code","execution_count":null,"id":"b","metadata":{},"outputs":[],"source":["var y = undefinedName + 1;"]},
              {"cell_type":"code","execution_count":null,"id":"c","metadata":{},"outputs":[],"source":["x"]}],
             "metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}},
             "nbformat":4,"nbformat_minor":5}
            """);
        var (code, _, err) = BuildCommandTests.Run("notebook", "run", broken, "--out", Path.Combine(dir, "out.ipynb"));
        Assert.Equal(Personas.Cli.CliApp.BadData, code);
        Assert.Contains("cell 2", err, StringComparison.Ordinal);
        Assert.Contains("undefinedName", err, StringComparison.Ordinal);
    }

    [SharedDataFact("customer-personality-analysis/marketing_campaign.csv")]
    public void RealDataNotebook_RunsOnTheSharedDataset()
    {
        var (code, err, executed, _) = RunNotebook("05-real-data.ipynb", "--param", "dataFile=" + Paths.Shared("customer-personality-analysis/marketing_campaign.csv"));
        Assert.True(code == 0, err);
        Nbformat.AssertValid(executed);
    }
}

/// <summary>Validates a notebook with Debian's python3-nbformat (the reference implementation of the nbformat 4 schema).</summary>
internal static class Nbformat
{
    private const string Python = "/usr/bin/python3";

    public static void AssertValid(string path)
    {
        if (!File.Exists(Python))
        {
            return; // The notebook runner's own tests validate against a vendored copy of the schema as well.
        }

        var psi = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('ok')");
        psi.ArgumentList.Add(path);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (stderr.Contains("No module named 'nbformat'", StringComparison.Ordinal))
        {
            return; // .ci/run installs python3-nbformat; a developer machine may lack it.
        }

        Assert.True(p.ExitCode == 0 && stdout.Contains("ok", StringComparison.Ordinal), $"nbformat rejected {path}: {stderr}");
    }
}
