namespace Personas.Cli;

/// <summary>A command: its usage line, help, flags (options without a value) and implementation.</summary>
internal sealed record CommandSpec(string Usage, string Help, IReadOnlySet<string> Flags, Func<CliArgs, CliContext, int> Run);
