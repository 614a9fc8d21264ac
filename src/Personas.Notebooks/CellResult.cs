namespace Personas.Notebooks;

/// <summary>How one cell ended: its status, a one-line message for errors, and its outputs in order.</summary>
internal sealed record CellResult(CellStatus Status, string? Message, IReadOnlyList<NotebookOutput> Outputs)
{
    /// <summary>The cell's error output, when it failed.</summary>
    public NotebookOutput? Error => Outputs.LastOrDefault(o => o.OutputType == "error");
}
