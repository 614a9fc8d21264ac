namespace Personas.Journeys;

/// <summary>How often a touchpoint plays a part (where journeys start, where people buy), as a count and a share.</summary>
/// <param name="Touchpoint">The touchpoint.</param>
/// <param name="Count">The journeys (or purchases) concerned.</param>
/// <param name="Share">Count over the whole (0 to 1).</param>
public sealed record TouchpointShare(string Touchpoint, long Count, double Share);
