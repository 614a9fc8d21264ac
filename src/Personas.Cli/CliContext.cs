using Microsoft.Extensions.Logging;

namespace Personas.Cli;

/// <summary>What a command needs from its environment: output writers, progress, cancellation, the clock and logging.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, IProgress<PersonasProgress>? progress, TimeProvider clock, CancellationToken cancellationToken)
    {
        Out = stdout;
        Error = stderr;
        Progress = progress;
        Clock = clock;
        CancellationToken = cancellationToken;
    }

    /// <summary>Standard output (control characters from the data neutralised).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error (control characters from the data neutralised).</summary>
    public TextWriter Error { get; }

    public IProgress<PersonasProgress>? Progress { get; }

    public TimeProvider Clock { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>True with --verbose: every decision is logged to standard error.</summary>
    public bool Verbose { get; set; }

    /// <summary>The --verbose logger, or null.</summary>
    public ILogger? Logger => Verbose ? new StderrLogger(Error, LogLevel.Debug) : null;
}
