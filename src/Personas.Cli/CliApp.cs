using Personas.Data;

namespace Personas.Cli;

/// <summary>The personas command line: parses arguments, dispatches to commands, maps errors to exit codes.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for bad input data (the message names file, line and column).</summary>
    public const int BadData = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the command line with the system clock and no cancellation.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>0 success, 1 bad input data, 2 usage error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, TimeProvider.System, interactive: false, CancellationToken.None);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="clock">The clock written into outputs (tests inject a fixed one).</param>
    /// <param name="interactive">True to draw a progress bar (a terminal), false for plain progress lines.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C).</param>
    /// <returns>0 success, 1 bad input data, 2 usage error, 130 cancelled.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(HelpText.Overview);
            return args.Length == 0 ? UsageError : Ok;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine($"personas {PersonasInfo.Version}");
            return Ok;
        }

        var name = args[0];
        var rest = args.Skip(1).ToList();
        if (name == "notebook")
        {
            if (rest.Count == 0 || rest[0] != "run")
            {
                stderr.WriteLine("error: expected 'personas notebook run NOTEBOOK.ipynb ...'");
                return UsageError;
            }

            name = "notebook run";
            rest.RemoveAt(0);
        }

        if (!CommandTable.All.TryGetValue(name, out var command))
        {
            stderr.WriteLine($"error: unknown command '{name}'. Commands: {string.Join(", ", CommandTable.All.Keys)}. See 'personas --help'.");
            return UsageError;
        }

        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.Write(command.Help);
            return Ok;
        }

        var progress = new ConsoleProgress(stderr, interactive);
        try
        {
            var parsed = CliArgs.Parse(name, rest, command.Flags);
            var context = new CliContext(stdout, stderr, progress, clock, cancellationToken) { Verbose = parsed.Has("verbose") };
            return command.Run(parsed, context);
        }
        catch (UsageException e)
        {
            progress.Finish();
            stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine($"usage: {command.Usage}");
            return UsageError;
        }
        catch (PersonasDataException e)
        {
            progress.Finish();
            stderr.WriteLine("error: " + e.Message);
            return BadData;
        }
        catch (OperationCanceledException)
        {
            progress.Finish();
            stderr.WriteLine("cancelled: no output files were written");
            return Cancelled;
        }
        finally
        {
            progress.Finish();
        }
    }
}
