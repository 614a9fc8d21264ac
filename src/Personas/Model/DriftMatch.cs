namespace Personas.Model;

/// <summary>A previous persona matched to a current one: the current persona keeps the previous id, name and overrides.</summary>
/// <param name="PreviousId">The previous persona's id.</param>
/// <param name="CurrentId">The current persona's id (equal to <paramref name="PreviousId"/>: a match keeps its id).</param>
/// <param name="Distance">The Euclidean distance between the two centroids in the previous model's feature space.</param>
public sealed record DriftMatch(string PreviousId, string CurrentId, double Distance);
