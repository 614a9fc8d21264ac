using System.CommandLine;
using System.Globalization;
using Personas.Cli.Options;
using Personas.Notebooks;

namespace Personas.Cli.Commands;

/// <summary><c>personas notebook run</c>: executes a C# notebook headless.</summary>
internal sealed class NotebookCommand
{
    private readonly Argument<string> _notebook = new("NOTEBOOK.ipynb") { Description = "the notebook to run (only this notebook runs: #!import and #load are refused)" };
    private readonly Option<string[]> _param = new("--param")
    {
        Description = "overrides a variable of the cell tagged 'parameters' (repeatable); the value is passed as data (a string or number literal), never as code (default: the notebook's values)",
        HelpName = "NAME=VALUE",
    };

    private readonly Option<string?> _packages = CliOptions.Text("--packages", "a folder of .nupkg files for '#r \"nuget: ...\"' (the notebook's '#i' folders are used too)", "DIR", "the notebook's '#i' folders and the local package cache");
    private readonly Option<int?> _timeout = CliOptions.OptionalInt("--timeout", "stop when one cell runs longer than this many seconds", "SECONDS", "no limit");
    private readonly Option<string> _out = CliOptions.Required("--out", "the executed notebook, outputs included", "EXECUTED.ipynb");
    private readonly Option<string?> _html = CliOptions.Text("--html", "also write the executed notebook as a self-contained web page", "FILE.html", "none");
    private readonly Option<bool> _noCode = CliOptions.Flag("--no-code", "hide the code in the --html page (a marketer's view): markdown and outputs only");

    /// <summary>The command group.</summary>
    public Command Create(CliContext ctx)
    {
        var run = new Command("run", "Execute the C# cells of a .ipynb notebook in order, headless, and write the executed notebook (and optionally an HTML page). A failing cell stops the run: exit code 1 and a message naming the cell.");
        run.Arguments.Add(_notebook);
        foreach (var o in new Option[] { _param, _packages, _timeout, _out, _html, _noCode })
        {
            run.Options.Add(o);
        }

        run.SetAction(r => Run(r, ctx));
        var group = new Command("notebook", "Run notebooks headless (for CI and the quarterly regeneration of cards).");
        group.Subcommands.Add(run);
        return group;
    }

    private int Run(ParseResult r, CliContext ctx)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in r.GetValue(_param) ?? [])
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException($"option --param: expected NAME=VALUE, found '{p}'");
            }

            parameters[p[..eq]] = p[(eq + 1)..];
        }

        var timeout = r.GetValue(_timeout);
        if (timeout is < 1)
        {
            throw new UsageException($"option --timeout: {timeout} is not allowed; expected a whole number of at least 1 (seconds)");
        }

        if (r.GetValue(_noCode) && r.GetValue(_html) is null)
        {
            throw new UsageException("option --no-code: it applies to the --html page; add --html FILE.html");
        }

        var notebookPath = InputFiles.Require(r.GetValue(_notebook)!, "NOTEBOOK");
        var options = new NotebookRunOptions
        {
            Parameters = parameters,
            LocalPackageFolder = r.GetValue(_packages) is { } folder ? Path.GetFullPath(folder) : null,
            CellTimeout = timeout is { } t ? TimeSpan.FromSeconds(t) : null,
        };
        using var executed = OutputFiles.Open(r.GetValue(_out)!, "--out");
        using var page = r.GetValue(_html) is { } html ? OutputFiles.Open(html, "--html") : null;

        NotebookRunResult result;
        try
        {
            result = NotebookRunner.RunAsync(notebookPath, options, ctx.Progress, ctx.CancellationToken).GetAwaiter().GetResult();
        }
        catch (ArgumentException e) when (e is not OptionValueException)
        {
            throw new UsageException(e.Message);
        }

        result.Executed.Save(executed.FullPath);
        if (page is not null)
        {
            NotebookHtmlExporter.Save(result.Executed, page.FullPath, new NotebookHtmlOptions { Title = Path.GetFileNameWithoutExtension(notebookPath), HideCode = r.GetValue(_noCode) });
        }

        foreach (var note in result.Notes)
        {
            ctx.Error.WriteLine("note: " + note);
        }

        if (!result.Succeeded)
        {
            ctx.Error.WriteLine($"error: {Path.GetFileName(notebookPath)}: {result.Error}");
            ctx.Error.WriteLine($"the executed notebook up to the failing cell was written to {executed.FullPath}");
            return ExitCodes.BadInput;
        }

        var cells = result.Executed.Cells.Count(c => c.IsCode);
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(notebookPath)}: {cells} code cells ran; wrote {executed.FullPath}"));
        return ExitCodes.Ok;
    }
}
