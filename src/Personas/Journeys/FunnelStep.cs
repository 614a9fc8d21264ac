namespace Personas.Journeys;

/// <summary>One step of a funnel result.</summary>
/// <param name="Step">The step (touchpoint or stage).</param>
/// <param name="Count">The journeys reaching the step.</param>
/// <param name="ShareOfFirst">Count over the first step's count (0 to 1).</param>
/// <param name="ShareOfPrevious">Count over the previous step's count (1 for the first step).</param>
public sealed record FunnelStep(string Step, long Count, double ShareOfFirst, double ShareOfPrevious);
