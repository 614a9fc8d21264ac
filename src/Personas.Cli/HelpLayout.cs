using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Personas.Cli;

/// <summary>
/// Help and version as the tool's users see them: the usage line always says <c>personas</c> (not the host's file name,
/// which is <c>Personas.Cli</c> under <c>dotnet run</c> or <c>testhost</c> in tests), and <c>--version</c> prints the
/// library version.
/// </summary>
internal static class HelpLayout
{
    /// <summary>Installs the version action on the root command.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }
    }

    /// <summary>Runs a help action and writes its text with the usage lines naming <c>personas</c>.</summary>
    public static int WriteHelp(ParseResult parsed, InvocationConfiguration configuration, TextWriter output)
    {
        var buffer = new StringWriter();
        var code = parsed.Invoke(new InvocationConfiguration { Output = buffer, Error = configuration.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        output.Write(buffer.ToString().Replace("\n  " + RootCommand.ExecutableName + " ", "\n  personas ", StringComparison.Ordinal)
            .Replace("\n  " + RootCommand.ExecutableName + "\n", "\n  personas\n", StringComparison.Ordinal));
        return code;
    }

    /// <summary>True when the parse result runs the help action.</summary>
    public static bool IsHelp(ParseResult parsed) => parsed.Action is HelpAction;

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"personas {PersonasInfo.Version}");
            return ExitCodes.Ok;
        }
    }
}
