using Personas.Notebooks.Tests.TestSupport;

namespace Personas.Notebooks.Tests;

public sealed class NotebookFailureTests
{
    [Fact]
    public async Task Run_CompileError_StopsAtThatCell_AndNamesIt()
    {
        var path = TestFiles.CopyToScratch("broken.ipynb");

        var result = await NotebookRunner.RunAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.FailedCellIndex);
        Assert.StartsWith("cell 3 (In [2]): error CS0103: The name 'undefinedName' does not exist in the current context (line 1, column 13)", result.Error, StringComparison.Ordinal);
        var error = Assert.Single(result.Executed.Cells[2].Outputs);
        Assert.Equal("error", error.OutputType);
        Assert.Contains("CS0103", error.ErrorValue, StringComparison.Ordinal);
        Assert.Null(result.Executed.Cells[3].ExecutionCount);
        Assert.Empty(result.Executed.Cells[3].Outputs);
        AssertValidWhenValidatorInstalled(result.Executed);
    }

    internal static void AssertValidWhenValidatorInstalled(Notebook executed)
    {
        // The schema check of a successful run has its own NbformatFact; failed and parameterised runs are checked
        // here too when python3-nbformat is installed, without running those notebooks a second time.
        if (Nbformat.Available)
        {
            var path = Path.Combine(TestFiles.NewScratchFolder(), "executed.ipynb");
            executed.Save(path);
            Assert.Null(Nbformat.Validate(path));
        }
    }

    [Fact]
    public async Task Run_Exception_StopsAtThatCell_WithTypeAndMessage()
    {
        var path = TestFiles.CopyToScratch("throws.ipynb");

        var result = await NotebookRunner.RunAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.FailedCellIndex);
        Assert.Equal("cell 2 (In [2]): System.InvalidOperationException: boom in cell 2 (line 1)", result.Error);
        var error = Assert.Single(result.Executed.Cells[1].Outputs);
        Assert.Contains(error.Traceback, l => l.Contains("at Cell In[2], line 1", StringComparison.Ordinal));
        Assert.Equal("System.InvalidOperationException", error.ErrorName);
        Assert.Equal("boom in cell 2", error.ErrorValue);
        Assert.NotEmpty(error.Traceback);
        Assert.Empty(result.Executed.Cells[2].Outputs);
        AssertValidWhenValidatorInstalled(result.Executed);
    }
}
