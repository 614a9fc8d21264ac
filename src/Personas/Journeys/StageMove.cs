namespace Personas.Journeys;

/// <summary>A move between stages that skips stages or goes back.</summary>
/// <param name="From">The stage moved from.</param>
/// <param name="To">The stage moved to.</param>
/// <param name="Count">How often consecutive events made this move.</param>
public sealed record StageMove(string From, string To, long Count);
