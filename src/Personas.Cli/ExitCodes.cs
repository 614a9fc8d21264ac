namespace Personas.Cli;

/// <summary>The exit codes of every command: one policy, applied by <see cref="CliApp"/>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad input data or an I/O problem (a missing, unreadable or unwritable file or folder, a full disk); the message names the path.</summary>
    public const int BadInput = 1;

    /// <summary>A usage error: an unknown command or option, a value of the wrong type or out of range, options that do not fit together.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error (one line; the details with --verbose).</summary>
    public const int Internal = 70;

    /// <summary>The run was cancelled (Ctrl+C or SIGTERM); no output files were written.</summary>
    public const int Cancelled = 130;

    /// <summary>The policy in words, for help texts and the README.</summary>
    public const string Description =
        "Exit codes: 0 success; 1 bad input data or an I/O problem (the message names the file, and line and column where there is one); " +
        "2 usage error; 70 internal error (details with --verbose); 130 cancelled (Ctrl+C or SIGTERM; no output files are written).";
}
