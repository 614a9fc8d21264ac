namespace Personas.Journeys;

/// <summary>A link of the journey map: journeys going from one node to a node of a later column.</summary>
/// <param name="From">The index of the source node in <see cref="JourneyStepMap.Nodes"/>.</param>
/// <param name="To">The index of the target node (always in a later column).</param>
/// <param name="Count">The journeys taking the link.</param>
/// <param name="Converting">Of those, the journeys that end in a purchase.</param>
public sealed record StepLink(int From, int To, long Count, long Converting);
