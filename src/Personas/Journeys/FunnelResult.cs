namespace Personas.Journeys;

/// <summary>How many journeys reach each step of a funnel.</summary>
/// <param name="Name">The funnel's name (<c>stages</c> for the stage funnel).</param>
/// <param name="Kind">Closed or open.</param>
/// <param name="Mode">Eventually or directly followed steps.</param>
/// <param name="MaxStepSeconds">The time limit per step in seconds, or null.</param>
/// <param name="Steps">The steps in order.</param>
public sealed record FunnelResult(string Name, FunnelKind Kind, FunnelStepMode Mode, double? MaxStepSeconds, IReadOnlyList<FunnelStep> Steps);
