using System.CommandLine;
using System.CommandLine.Invocation;
using Personas.Cli.Commands;
using Personas.Cli.Options;
using Personas.Data;
using Personas.Model;

namespace Personas.Cli;

/// <summary>
/// The personas command line on System.CommandLine: the command tree, help and version, response files (<c>@args.rsp</c>),
/// typo suggestions, completion, and one exit-code policy for every command (<see cref="ExitCodes"/>).
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = ExitCodes.Ok;

    /// <summary>Exit code for bad input data or an I/O problem.</summary>
    public const int BadData = ExitCodes.BadInput;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = ExitCodes.Usage;

    /// <summary>Exit code when the run was cancelled (Ctrl+C or SIGTERM).</summary>
    public const int Cancelled = ExitCodes.Cancelled;

    /// <summary>Exit code for an unexpected internal error.</summary>
    public const int InternalError = ExitCodes.Internal;

    /// <summary>Runs the command line with the system clock and no cancellation.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, TimeProvider.System, interactive: false, CancellationToken.None);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <param name="clock">The clock written into outputs (tests inject a fixed one).</param>
    /// <param name="interactive">True to draw a progress bar (a terminal), false for plain progress lines.</param>
    /// <param name="cancellationToken">Stops the run (Ctrl+C, SIGTERM).</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        var output = new SafeTerminalWriter(stdout);
        var error = new SafeTerminalWriter(stderr);
        var progress = new ConsoleProgress(stderr, interactive);
        var context = new CliContext(output, error, progress, clock, cancellationToken);
        var root = CommandTree.Create(context);
        var verbose = false;
        try
        {
            var parsed = root.Parse(args);
            verbose = parsed.GetResult(CommandTree.Verbose) is not null && parsed.GetValue(CommandTree.Verbose);
            context.Verbose = verbose;
            progress.Timings = verbose;
            if (args.Length == 0)
            {
                HelpLayout.WriteHelp(root.Parse(["--help"]), Invocation(output, error), output);
                return ExitCodes.Usage;
            }

            if (HelpLayout.IsHelp(parsed))
            {
                return HelpLayout.WriteHelp(parsed, Invocation(output, error), output);
            }

            if (parsed.Action is ParseErrorAction parseError)
            {
                parseError.ShowHelp = false;
                parseError.ShowTypoCorrections = true;
                parsed.Invoke(Invocation(error, error));
                error.WriteLine($"See '{HelpCommand(parsed)} --help'.");
                return ExitCodes.Usage;
            }

            if (verbose)
            {
                LogOptions(parsed, error);
            }

            return parsed.Invoke(Invocation(output, error));
        }
        catch (Exception e)
        {
            progress.Finish();
            return Report(e, root, error, verbose);
        }
        finally
        {
            progress.Finish();
        }
    }

    /// <summary>With --verbose: every option of the command with the value it takes (given or default), so a log records the whole setting.</summary>
    private static void LogOptions(ParseResult parsed, TextWriter error)
    {
        error.WriteLine("debug: command: " + HelpCommand(parsed));
        foreach (var option in parsed.CommandResult.Command.Options.Where(o => o.Name is not ("--help" or "--verbose")))
        {
            var result = parsed.GetResult(option);
            var value = result is { Implicit: false }
                ? string.Join(" ", result.Tokens.Select(t => t.Value)) is { Length: > 0 } v ? v : "true"
                : option.HasDefaultValue ? Convert.ToString(option.GetDefaultValue(), System.Globalization.CultureInfo.InvariantCulture) + " (default)" : "(not given)";
            error.WriteLine($"debug: option {option.Name} = {value}");
        }
    }

    /// <summary>The one exit-code policy: the exception's kind decides the code; the message is one line without a stack trace (unless --verbose asks for details of an internal error).</summary>
    private static int Report(Exception e, RootCommand root, TextWriter error, bool verbose)
    {
        switch (e)
        {
            case UsageException u:
                error.WriteLine("error: " + u.Message);
                return ExitCodes.Usage;
            case OptionValueException o:
                error.WriteLine("error: " + OptionMessage(root, o));
                return ExitCodes.Usage;
            case OperationCanceledException:
                error.WriteLine("cancelled: no output files were written");
                return ExitCodes.Cancelled;
            case PersonasDataException or PersonaModelException or CliInputException:
                error.WriteLine("error: " + e.Message);
                return ExitCodes.BadInput;
            case IOException or UnauthorizedAccessException:
                error.WriteLine("error: " + IoMessage(e));
                return ExitCodes.BadInput;
            default:
                error.WriteLine($"internal error: {e.GetType().Name}: {FirstLine(e.Message)} (run with --verbose for details)");
                if (verbose)
                {
                    error.WriteLine(e.ToString());
                }

                return ExitCodes.Internal;
        }
    }

    // A library range error names its option as Record.Property; the message names the command-line option instead.
    private static string OptionMessage(RootCommand root, OptionValueException e)
    {
        var option = AllCommands(root).Select(c => CliOptions.Bound(c, e.ParamName ?? string.Empty)).FirstOrDefault(o => o is not null);
        return option is null
            ? e.Message
            : $"option {option.Name}: {e.ValueText} is not allowed; expected {e.Expected}";
    }

    private static IEnumerable<Command> AllCommands(Command c) => c.Subcommands.SelectMany(AllCommands).Prepend(c);

    private static string IoMessage(Exception e) => e switch
    {
        UnauthorizedAccessException => FirstLine(e.Message) + " (permission denied)",
        _ when e.HResult == unchecked((int)0x80070070) || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => FirstLine(e.Message) + " (the disk is full)",
        _ => FirstLine(e.Message),
    };

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', 2)[0];
        return line.Length > 500 ? line[..500] + "..." : line;
    }

    private static string HelpCommand(ParseResult parsed)
    {
        var names = new List<string>();
        for (var c = parsed.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, c.Command is RootCommand ? "personas" : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static InvocationConfiguration Invocation(TextWriter output, TextWriter error) => new()
    {
        Output = output,
        Error = error,
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = null,
    };
}
