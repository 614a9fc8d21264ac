namespace Personas.Cli;

/// <summary>The command table.</summary>
internal static class Commands
{
    private static readonly HashSet<string> CommonFlags = ["verbose"];

    public static readonly IReadOnlyDictionary<string, CommandSpec> All = new SortedDictionary<string, CommandSpec>(StringComparer.Ordinal)
    {
    };

    internal static IReadOnlySet<string> Flags(params string[] names) => new HashSet<string>(CommonFlags.Concat(names), StringComparer.Ordinal);
}
