namespace Personas.Cli;

/// <summary>The personas command line: parses arguments, dispatches to commands, maps errors to exit codes.</summary>
public static class CliApp
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where normal output goes.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>0 success, 1 bad input data, 2 usage error.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stdout.WriteLine($"personas {PersonasInfo.Version}");
        return 0;
    }
}
