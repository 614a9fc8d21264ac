namespace Personas.Notebooks;

/// <summary>The outcome of running a notebook: the executed notebook (with outputs) and whether every cell succeeded.</summary>
public sealed class NotebookRunResult
{
    internal NotebookRunResult(Notebook executed, int? failedCellIndex, string? error, IReadOnlyList<string> notes)
    {
        Executed = executed;
        FailedCellIndex = failedCellIndex;
        Error = error;
        Notes = notes;
    }

    /// <summary>The executed notebook: outputs and execution counts filled in, the injected parameters cell added.</summary>
    public Notebook Executed { get; }

    /// <summary>True when every C# cell ran without error.</summary>
    public bool Succeeded => FailedCellIndex is null;

    /// <summary>The 0-based index (in <see cref="Executed"/>'s cells) of the cell that failed, or null.</summary>
    public int? FailedCellIndex { get; }

    /// <summary>The error naming the failed cell, for example <c>cell 4 (In [3]): error CS0103: The name 'x' does not exist in the current context (line 1, column 1)</c>; null on success.</summary>
    public string? Error { get; }

    /// <summary>Notes about the run, such as cells skipped because they are not C#.</summary>
    public IReadOnlyList<string> Notes { get; }
}
