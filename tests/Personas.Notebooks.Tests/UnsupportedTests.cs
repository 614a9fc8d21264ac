using System.Text.Json;
using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class UnsupportedTests
{
    [Theory]
    [InlineData("#!import other.ipynb", "#!import is not supported: only the notebook that was named runs")]
    [InlineData("#load \"other.csx\"", "#load is not supported")]
    [InlineData("#!time\nvar x = 1;", "'#!time' is not supported")]
    [InlineData("#i \"https://example.invalid/feed\"", "only '#i \"nuget: <folder>\"' is supported")]
    public void CellPlan_OtherNotebooksOrMagics_AreUnsupported(string source, string message)
    {
        var plan = CellPlan.For(Cell(source), "csharp");

        Assert.Contains(message, plan.Unsupported, StringComparison.Ordinal);
    }

    [Fact]
    public void CellPlan_BlanksMagicLines_KeepingLineNumbersAndColumns()
    {
        const string source = "#!csharp\n#i \"nuget: ./pkgs\"\n#r \"nuget: Personas, 0.1.0\"\n#r \"nuget:Personas.Charts\"\nvar x = 1;";
        var plan = CellPlan.For(Cell(source), "csharp");

        Assert.True(plan.IsCSharp);
        Assert.Equal(string.Join("\n", source.Split('\n').Select((line, i) => i < 4 ? new string(' ', line.Length) : line)), plan.Code);
        Assert.Equal(["./pkgs"], plan.Sources);
        Assert.Equal([("Personas", (string?)"0.1.0"), ("Personas.Charts", null)], plan.Packages);
    }

    [Theory]
    [InlineData("#!fsharp\nprintfn \"x\"", "fsharp")]
    [InlineData("#!pwsh\nGet-Date", "pwsh")]
    [InlineData("var x = 1;\n#!fsharp\nprintfn \"x\"", "mixed")]
    public void CellPlan_OtherLanguages_AreNotCSharp(string source, string kernel)
    {
        var plan = CellPlan.For(Cell(source), "csharp");

        Assert.False(plan.IsCSharp);
        Assert.Equal(kernel, plan.Kernel);
    }

    [Fact]
    public async Task Run_ImportOfAnotherNotebook_FailsNamingTheCell_AndRunsNothingElse()
    {
        var dir = TestFiles.NewScratchFolder();
        File.WriteAllText(Path.Combine(dir, "other.ipynb"), "{}");
        var path = Write(dir, "import.ipynb", "var a = 1;", "#!import other.ipynb", "Console.WriteLine(a);");

        var result = await NotebookRunner.RunAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal("cell 2 (In [2]): line 1: #!import is not supported: only the notebook that was named runs", result.Error);
        Assert.Empty(result.Executed.Cells[2].Outputs);
    }

    [Fact]
    public async Task Run_CellOverTimeLimit_FailsWithTimeout()
    {
        var dir = TestFiles.NewScratchFolder();
        var path = Write(dir, "slow.ipynb", "System.Threading.Thread.Sleep(15000);");

        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { CellTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.False(result.Succeeded);
        Assert.Equal("cell 1 (In [1]): did not finish within 0.3 s", result.Error);
    }

    [Fact]
    public async Task Run_CancelledToken_Throws()
    {
        var path = TestFiles.CopyToScratch("broken.ipynb");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NotebookRunner.RunAsync(path, ct: cts.Token));
    }

    internal static NotebookCell Cell(string source) =>
        Notebook.Parse(JsonSerializer.SerializeToUtf8Bytes(new { nbformat = 4, nbformat_minor = 4, metadata = new { }, cells = new[] { new { cell_type = "code", source, metadata = new { }, outputs = Array.Empty<object>(), execution_count = (int?)null } } })).Cells[0];

    internal static string Write(string dir, string name, params string[] codeCells)
    {
        var cells = codeCells.Select(source => new { cell_type = "code", source, metadata = new { }, outputs = Array.Empty<object>(), execution_count = (int?)null });
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(new { nbformat = 4, nbformat_minor = 4, metadata = new { }, cells }));
        return path;
    }
}
