namespace Personas.Journeys;

/// <summary>The directly-follows graph of a set of journeys.</summary>
/// <param name="Edges">The edges, most frequent first (ties by source, then target name).</param>
/// <param name="Start">How many journeys start at each touchpoint.</param>
/// <param name="End">How many journeys end at each touchpoint.</param>
public sealed record DirectlyFollowsGraph(IReadOnlyList<DfgEdge> Edges, IReadOnlyDictionary<string, long> Start, IReadOnlyDictionary<string, long> End)
{
    /// <summary>The edge between two touchpoints, or null when they never directly follow each other.</summary>
    /// <param name="from">The source touchpoint.</param>
    /// <param name="to">The target touchpoint.</param>
    /// <returns>The edge or null.</returns>
    public DfgEdge? Edge(string from, string to) => Edges.FirstOrDefault(e => e.From == from && e.To == to);
}
