namespace Personas.Cli;

/// <summary>The command line was used wrongly (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
