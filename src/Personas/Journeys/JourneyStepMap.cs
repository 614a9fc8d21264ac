namespace Personas.Journeys;

/// <summary>
/// The journey map unrolled by step: columns "step 1" to "step N" (the touchpoints of each journey's path in order),
/// then the outcome ("bought" or "did not buy"). A graph without cycles or self-loops, so it can be drawn as a Sankey
/// diagram whose links all point forward. Touchpoints that fewer than <see cref="MinShare"/> of the journeys take at a
/// step are grouped as "other"; when even that group is smaller, those journeys go straight to their outcome.
/// </summary>
/// <param name="Steps">The step columns (<see cref="JourneyOptions.MapSteps"/>); the outcome column follows them.</param>
/// <param name="MinShare">The smallest share of journeys a node holds (<see cref="JourneyOptions.MapMinShare"/>), except outcomes.</param>
/// <param name="Journeys">The journeys drawn.</param>
/// <param name="Nodes">The nodes by column, then most journeys first.</param>
/// <param name="Links">The links, by source node, then target node.</param>
public sealed record JourneyStepMap(int Steps, double MinShare, long Journeys, IReadOnlyList<StepNode> Nodes, IReadOnlyList<StepLink> Links);
