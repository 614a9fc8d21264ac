using System.CommandLine;
using Personas.Cli.Commands;

namespace Personas.Cli;

/// <summary>The command tree of <c>personas</c>; help, version, response files and suggestions come from System.CommandLine.</summary>
internal static class CommandTree
{
    /// <summary>--verbose, accepted by every command.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "log every decision (column roles, feature decisions, each k's scores) to standard error, and the details of an internal error",
        DefaultValueFactory = _ => false,
        Recursive = true,
    };

    /// <summary>Builds the tree; commands write through <paramref name="ctx"/>.</summary>
    public static RootCommand Create(CliContext ctx)
    {
        var root = new RootCommand("personas: data-driven buyer personas and customer journeys. 'personas COMMAND --help' shows a command's options; arguments can be read from a response file (@args.rsp, one or more per line). " + ExitCodes.Description);
        root.Options.Add(Verbose);
        root.Subcommands.Add(new BuildCommand().Create(ctx));
        root.Subcommands.Add(new AssignCommand().Create(ctx));
        root.Subcommands.Add(new RefreshCommand().Create(ctx));
        root.Subcommands.Add(new JourneysCommand().Create(ctx));
        root.Subcommands.Add(new AttributionCommand().Create(ctx));
        root.Subcommands.Add(new NotebookCommand().Create(ctx));
        root.Subcommands.Add(new KernelCommand().Create(ctx));
        root.Subcommands.Add(new SqlCommand().Create(ctx));
        root.Subcommands.Add(new SampleCommand().Create(ctx));
        root.Subcommands.Add(new CompletionCommand().Create(ctx));
        HelpLayout.Apply(root);
        return root;
    }
}
