namespace Personas.Journeys;

/// <summary>A node of the journey map: a touchpoint at a step, the rare touchpoints of a step, or an outcome.</summary>
/// <param name="Column">The step (0 for the first touch) or, for outcomes, <see cref="JourneyStepMap.Steps"/>.</param>
/// <param name="Label">The touchpoint, <c>other</c>, <c>bought</c> or <c>did not buy</c>.</param>
/// <param name="Kind">What the node stands for.</param>
/// <param name="Count">The journeys passing through the node.</param>
/// <param name="Converting">Of those, the journeys that end in a purchase.</param>
public sealed record StepNode(int Column, string Label, StepNodeKind Kind, long Count, long Converting);
