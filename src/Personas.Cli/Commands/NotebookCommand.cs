using System.Globalization;
using Personas.Notebooks;

namespace Personas.Cli.Commands;

/// <summary><c>personas notebook run</c>: executes a Polyglot/Jupyter C# notebook headless.</summary>
internal static class NotebookCommand
{
    public const string Usage = "personas notebook run NOTEBOOK.ipynb [--param NAME=VALUE].. --out EXECUTED.ipynb [--html FILE.html]";

    private const string Help = """
        personas notebook run: execute the C# cells of a .ipynb notebook in order, headless, and write the
        executed notebook (outputs included) and optionally a self-contained HTML page of it.

          NOTEBOOK.ipynb          the notebook to run (only this notebook runs: #!import and #load are refused)
          --param NAME=VALUE      overrides a variable of the cell tagged 'parameters' (repeatable); the value is
                                  passed as data (a string or number literal), never as code
          --packages DIR          a folder of .nupkg files for '#r "nuget: ..."' (the notebook's '#i' folders are used too)
          --timeout SECONDS       stop when one cell runs longer than this
          --out EXECUTED.ipynb    the executed notebook
          --html FILE.html        also write the executed notebook as a web page

        A failing cell stops the run: exit code 1 and a message naming the cell.

        """;

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags(), Run);

    private static int Run(CliArgs args, CliContext ctx)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException(args.Positional.Count == 0 ? "name the notebook to run" : "run one notebook at a time");
        }

        var notebookPath = args.Positional[0];
        var outFile = args.Require("out");
        var html = args.Get("html");
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in args.GetAll("param"))
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException($"--param expects NAME=VALUE, found '{p}'");
            }

            parameters[p[..eq]] = p[(eq + 1)..];
        }

        var timeout = args.GetInt("timeout", 1);
        var options = new NotebookRunOptions
        {
            Parameters = parameters,
            LocalPackageFolder = args.Get("packages") is { } folder ? Path.GetFullPath(folder) : null,
            CellTimeout = timeout is { } t ? TimeSpan.FromSeconds(t) : null,
        };
        args.EnsureAllUsed();

        NotebookRunResult result;
        try
        {
            result = NotebookRunner.RunAsync(notebookPath, options, ctx.Progress, ctx.CancellationToken).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var outFull = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(outFull)!);
        result.Executed.Save(outFull);
        if (html is not null)
        {
            var htmlFull = Path.GetFullPath(html);
            Directory.CreateDirectory(Path.GetDirectoryName(htmlFull)!);
            NotebookHtmlExporter.Save(result.Executed, htmlFull, Path.GetFileNameWithoutExtension(notebookPath));
        }

        foreach (var note in result.Notes)
        {
            ctx.Error.WriteLine("note: " + note);
        }

        if (!result.Succeeded)
        {
            ctx.Error.WriteLine($"error: {Path.GetFileName(notebookPath)}: {result.Error}");
            ctx.Error.WriteLine($"the executed notebook up to the failing cell was written to {outFull}");
            return CliApp.BadData;
        }

        var cells = result.Executed.Cells.Count(c => c.IsCode);
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(notebookPath)}: {cells} code cells ran; wrote {outFull}"));
        return CliApp.Ok;
    }
}
