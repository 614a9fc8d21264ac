namespace Personas.Reporting;

/// <summary>What is needed to reproduce a run: inputs with their hashes, options as given, seed, version and time.</summary>
internal sealed record BuildRunInfo
{
    /// <summary>The input files with their SHA-256 hashes and sizes.</summary>
    public IReadOnlyList<InputFileInfo> Inputs { get; init; } = [];

    /// <summary>The options as given (name -> value), for example from the command line.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>When the run happened (from an injected clock).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
