namespace Personas.Model;

/// <summary>A previous persona whose customers now mostly divide between two or more current personas.</summary>
/// <param name="PreviousId">The previous persona's id.</param>
/// <param name="Into">The current personas that each received at least <see cref="RefreshOptions.SplitMinShare"/> of its customers, largest share first.</param>
public sealed record DriftSplit(string PreviousId, IReadOnlyList<string> Into);
