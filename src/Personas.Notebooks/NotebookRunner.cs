namespace Personas.Notebooks;

/// <summary>
/// Runs a notebook headless: its C# cells in order with shared state (Roslyn scripting), Polyglot magics
/// (<c>#!csharp</c>, <c>#i "nuget: folder"</c>, <c>#r "nuget: Name"</c>, <c>#r "file.dll"</c>), <c>display(...)</c> and
/// <c>.Display()</c>, a trailing expression's value as the cell result, and papermill-style parameters.
/// </summary>
/// <example>
/// <code>
/// var result = await NotebookRunner.RunAsync("04-quarterly-refresh.ipynb",
///     new NotebookRunOptions { Parameters = new Dictionary&lt;string, string&gt; { ["quarter"] = "2026-Q3" } });
/// result.Executed.Save("executed.ipynb");
/// if (!result.Succeeded) Console.Error.WriteLine(result.Error);
/// </code>
/// </example>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim RunLock = new(1, 1);

    /// <summary>Runs the notebook at <paramref name="notebookPath"/>; only that notebook runs (no <c>#!import</c> or <c>#load</c>).</summary>
    /// <param name="notebookPath">The <c>.ipynb</c> file.</param>
    /// <param name="options">Parameters, working directory, package folder and cell time limit; null for the defaults.</param>
    /// <param name="progress">Receives <c>cell i of n</c> stages as cells start.</param>
    /// <param name="ct">Stops the run between cells and abandons a running cell.</param>
    /// <returns>The executed notebook and whether every cell succeeded; a failing cell stops the run and is named in <see cref="NotebookRunResult.Error"/>.</returns>
    /// <exception cref="Personas.Data.PersonasDataException">The file is not a valid nbformat 4 notebook.</exception>
    /// <exception cref="ArgumentException">A parameter is not declared in the parameters cell, or its value does not fit the declared type.</exception>
    /// <exception cref="IOException">The notebook cannot be read (for example it does not exist).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static async Task<NotebookRunResult> RunAsync(string notebookPath, NotebookRunOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(notebookPath);
        options ??= new NotebookRunOptions();
        var notebook = ParameterInjector.Inject(Notebook.Load(notebookPath), options.Parameters);
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(notebookPath)) ?? ".");

        // The current directory and the console are process-wide: one notebook runs at a time per process.
        await RunLock.WaitAsync(ct).ConfigureAwait(false);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = workingDirectory;
            var session = new NotebookSession(notebook, workingDirectory, options);
            return await session.RunAsync(progress, ct).ConfigureAwait(false);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            RunLock.Release();
        }
    }
}
