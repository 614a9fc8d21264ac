using System.Globalization;

namespace Personas.Notebooks;

/// <summary>One batch run of one notebook: its cells in order through a <see cref="ScriptSession"/>, outputs written back.</summary>
internal sealed class NotebookSession
{
    private readonly Notebook notebook;
    private readonly NotebookRunOptions options;
    private readonly ScriptSession session;
    private readonly List<string> notes = [];
    private int executionCount;

    public NotebookSession(Notebook notebook, string workingDirectory, NotebookRunOptions options)
    {
        this.notebook = notebook;
        this.options = options;
        session = new ScriptSession(workingDirectory, options.LocalPackageFolder);
    }

    public async Task<NotebookRunResult> RunAsync(IProgress<PersonasProgress>? progress, CancellationToken ct)
    {
        ConsoleRouter.Install();
        var cells = notebook.Cells.ToList();
        var defaultKernel = CellPlan.NotebookKernel(notebook.MetadataNode);
        int? failed = null;
        string? error = null;
        for (var i = 0; i < cells.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var cell = cells[i];
            if (!cell.IsCode)
            {
                continue;
            }

            if (failed is not null)
            {
                cells[i] = cell.WithExecution(null, []);
                continue;
            }

            progress?.Report(new PersonasProgress($"cell {i + 1} of {cells.Count}", (double)i / cells.Count));
            var plan = CellPlan.For(cell, defaultKernel);
            if (!plan.IsCSharp && plan.Unsupported is null)
            {
                var note = $"cell {i + 1}: skipped: written for the '{plan.Kernel}' kernel; only C# cells are executed";
                notes.Add(note);
                cells[i] = cell.WithExecution(null, [NotebookOutput.Stream("stderr", note + "\n")]);
                continue;
            }

            var count = ++executionCount;
            var result = await session.ExecuteAsync(plan, count, null, options.CellTimeout, ct).ConfigureAwait(false);
            if (result.Status == CellStatus.Interrupted)
            {
                ct.ThrowIfCancellationRequested();
            }

            cells[i] = cell.WithExecution(count, result.Outputs);
            if (result.Status != CellStatus.Ok)
            {
                failed = i;
                var message = result.Status == CellStatus.TimedOut
                    ? $"did not finish within {options.CellTimeout!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
                    : result.Message;
                error = $"cell {i + 1} ({Describe(cell)}In [{count.ToString(CultureInfo.InvariantCulture)}]): {message}";
            }
        }

        // A value shown with display(...) and updated later is saved with its latest content, as Jupyter front ends show it.
        cells = cells.Select(c => c.IsCode && c.Outputs.Any(o => o.DisplayId is not null) ? c.WithExecution(c.ExecutionCount, c.Outputs.Select(o => o.WithLatest(session.Display)).ToArray()) : c).ToList();
        progress?.Report(new PersonasProgress("done", 1));
        return new NotebookRunResult(notebook.WithCells(cells), failed, error, [.. notes, .. session.Notes]);
    }

    private static string Describe(NotebookCell cell) =>
        cell.Tags.Contains(ParameterInjector.InjectedTag) ? "injected parameters, " : cell.Tags.Contains(ParameterInjector.ParametersTag) ? "parameters, " : string.Empty;
}
