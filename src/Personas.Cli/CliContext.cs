namespace Personas.Cli;

/// <summary>What a command needs from its environment: output writers, progress, cancellation and the clock.</summary>
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

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IProgress<PersonasProgress>? Progress { get; }

    public TimeProvider Clock { get; }

    public CancellationToken CancellationToken { get; }

    public bool Verbose { get; init; }
}
