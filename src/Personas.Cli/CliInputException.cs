namespace Personas.Cli;

/// <summary>An input or output path that cannot be used (exit code 1): the message names the option and the path.</summary>
internal sealed class CliInputException(string message) : IOException(message);
