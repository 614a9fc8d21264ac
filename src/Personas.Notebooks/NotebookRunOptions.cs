namespace Personas.Notebooks;

/// <summary>Options for <see cref="NotebookRunner.RunAsync"/>.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>
    /// Values for the variables declared in the cell tagged <c>parameters</c> (papermill convention). Each value is
    /// data: it becomes a C# string literal (or a number or bool literal when the parameters cell declares the
    /// variable as one), never code. A name that is not declared there is a usage error.
    /// </summary>
    /// <value>The default is no parameters.</value>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The folder that relative paths in cells resolve against (current directory during the run, <c>#r</c> and <c>#i</c> paths).</summary>
    /// <value>The default is null: the notebook's folder.</value>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// A local package folder holding <c>.nupkg</c> files, searched first by <c>#r "nuget: Name"</c>; the folders
    /// named by the notebook's <c>#i "nuget: folder"</c> lines and the NuGet global packages folder are searched too.
    /// </summary>
    /// <value>The default is null: only the notebook's own package sources and the global packages folder.</value>
    public string? LocalPackageFolder { get; init; }

    /// <summary>
    /// The longest a single cell may run; a cell that takes longer fails the run. .NET cannot stop a thread, so the
    /// overrunning cell is abandoned (it keeps running in the background until it ends or the process exits).
    /// </summary>
    /// <value>The default is null: no limit.</value>
    public TimeSpan? CellTimeout { get; init; }
}
