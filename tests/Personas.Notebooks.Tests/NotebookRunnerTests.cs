using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

/// <summary>Runs TestData/basic.ipynb once for the whole class (Roslyn compiles are slow) and checks its outputs.</summary>
public sealed class BasicNotebookFixture
{
    public BasicNotebookFixture()
    {
        Path = TestFiles.CopyToScratch("basic.ipynb");
        Progress = [];
        var progress = new SynchronousProgress(Progress);
        Result = NotebookRunner.RunAsync(Path, progress: progress).GetAwaiter().GetResult();
        ExecutedPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, "executed.ipynb");
        Result.Executed.Save(ExecutedPath);
    }

    public string Path { get; }

    public string ExecutedPath { get; }

    public NotebookRunResult Result { get; }

    public List<PersonasProgress> Progress { get; }

    private sealed class SynchronousProgress(List<PersonasProgress> sink) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}

public sealed class NotebookRunnerTests(BasicNotebookFixture fixture) : IClassFixture<BasicNotebookFixture>
{
    private Notebook Executed => fixture.Result.Executed;

    [Fact]
    public void Run_BasicNotebook_Succeeds()
    {
        Assert.True(fixture.Result.Succeeded, fixture.Result.Error);
        Assert.Null(fixture.Result.Error);
        Assert.Null(fixture.Result.FailedCellIndex);
    }

    [Fact]
    public void Run_ConsoleOutput_BecomesStdoutStream()
    {
        var output = Assert.Single(Executed.Cells[1].Outputs);
        Assert.Equal("stream", output.OutputType);
        Assert.Equal("stdout", output.Name);
        Assert.Equal("hello from cell 2\n", output.Text);
        Assert.Equal(1, Executed.Cells[1].ExecutionCount);
    }

    [Fact]
    public void Run_TrailingExpression_UsesStateFromEarlierCell_AsExecuteResult()
    {
        var output = Assert.Single(Executed.Cells[2].Outputs);
        Assert.Equal("execute_result", output.OutputType);
        Assert.Equal(2, output.ExecutionCount);
        Assert.Equal(2, Executed.Cells[2].ExecutionCount);
        Assert.Equal("42", output.Data["text/plain"]);
    }

    [Fact]
    public void Run_DisplayAndConsole_KeepTheirOrder_AndUseConventionFormatters()
    {
        var outputs = Executed.Cells[4].Outputs;
        Assert.Equal(["stream", "display_data", "display_data", "stream"], outputs.Select(o => o.OutputType));
        Assert.Equal("before\n", outputs[0].Text);
        Assert.Equal("<div class=\"card\">Ann</div>", outputs[1].Data["text/html"]);
        Assert.Equal("Card { Name = Ann }", outputs[1].Data["text/plain"]);
        Assert.Equal("[1, 2, 3]", outputs[2].Data["text/plain"]);
        Assert.False(outputs[2].Data.ContainsKey("text/html"));
        Assert.Equal("stderr", outputs[3].Name);
        Assert.Equal("warned\n", outputs[3].Text);
    }

    [Fact]
    public void Run_FSharpCell_IsSkippedWithANote()
    {
        var cell = Executed.Cells[5];
        Assert.Null(cell.ExecutionCount);
        var note = Assert.Single(cell.Outputs);
        Assert.Equal("stderr", note.Name);
        Assert.Contains("skipped", note.Text, StringComparison.Ordinal);
        Assert.Contains(fixture.Result.Notes, n => n.Contains("cell 6", StringComparison.Ordinal) && n.Contains("fsharp", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TrailingFormattedValue_IsHtmlExecuteResult()
    {
        var output = Assert.Single(Executed.Cells[6].Outputs);
        Assert.Equal("execute_result", output.OutputType);
        Assert.Equal("<div class=\"card\">Bo</div>", output.Data["text/html"]);
        Assert.Equal(5, output.ExecutionCount);
    }

    [Fact]
    public void Run_TrailingVoidCall_GivesOnlyTheConsoleText()
    {
        var output = Assert.Single(Executed.Cells[7].Outputs);
        Assert.Equal("stream", output.OutputType);
        Assert.Equal("void trailing\n", output.Text);
    }

    [Fact]
    public void Run_ReportsProgressPerCell_EndingAtOne()
    {
        Assert.Contains(fixture.Progress, p => p.Stage == "cell 2 of 8");
        Assert.Equal(1.0, fixture.Progress[^1].Fraction);
    }

    [Fact]
    public void Run_MarkdownCells_AreUnchanged()
    {
        var original = Notebook.Load(fixture.Path);
        Assert.Equal(original.Cells[0].Source, Executed.Cells[0].Source);
        Assert.Equal(original.Cells.Count, Executed.Cells.Count);
        Assert.Equal(original.Cells.Select(c => c.Id), Executed.Cells.Select(c => c.Id));
    }

    [NbformatFact]
    public void Save_ExecutedNotebook_ValidatesAgainstNbformat4Schema()
    {
        Assert.Null(Nbformat.Validate(fixture.ExecutedPath));
    }

    [Fact]
    public void Save_ExecutedNotebook_LoadsBackWithTheSameOutputs()
    {
        var reloaded = Notebook.Load(fixture.ExecutedPath);
        Assert.Equal(Executed.ToJson(), reloaded.ToJson());
    }
}
