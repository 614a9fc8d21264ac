namespace Personas.Cli;

/// <summary>The command table.</summary>
internal static class CommandTable
{
    private static readonly HashSet<string> CommonFlags = ["verbose"];

    public static readonly IReadOnlyDictionary<string, CommandSpec> All = new SortedDictionary<string, CommandSpec>(StringComparer.Ordinal)
    {
        ["build"] = Personas.Cli.Commands.BuildCommand.Spec,
        ["journeys"] = Personas.Cli.Commands.JourneysCommand.Spec,
        ["attribution"] = Personas.Cli.Commands.AttributionCommand.Spec,
        ["assign"] = Personas.Cli.Commands.AssignCommand.Spec,
        ["notebook run"] = Personas.Cli.Commands.NotebookCommand.Spec,
        ["refresh"] = Personas.Cli.Commands.RefreshCommand.Spec,
        ["sample"] = Personas.Cli.Commands.SampleCommand.Spec,
    };

    internal static IReadOnlySet<string> Flags(params string[] names) => new HashSet<string>(CommonFlags.Concat(names), StringComparer.Ordinal);
}
