using System.Globalization;

namespace Personas.Journeys;

/// <summary>
/// A step between two touchpoints that one persona takes much longer over than the other personas: the kind of
/// waiting a marketer can act on ("Busy families wait 4 days from app to delivery, 4.8x as long as others").
/// </summary>
/// <param name="From">The touchpoint the wait starts at.</param>
/// <param name="To">The touchpoint that follows.</param>
/// <param name="Count">How often the persona's journeys take this step.</param>
/// <param name="PersonaMedianSeconds">The persona's median time for the step.</param>
/// <param name="OthersMedianSeconds">The median over the other personas' medians for the same step.</param>
public sealed record SlowerTransition(string From, string To, long Count, double PersonaMedianSeconds, double OthersMedianSeconds)
{
    /// <summary>How many times as long the persona waits.</summary>
    public double Ratio => OthersMedianSeconds > 0 ? PersonaMedianSeconds / OthersMedianSeconds : double.PositiveInfinity;

    /// <summary>A sentence for a persona card.</summary>
    /// <param name="personaName">The persona's display name.</param>
    /// <returns>For example <c>Busy families wait 4 days from app to delivery, 4.8x as long as other personas (median 19.9 hours).</c></returns>
    public string Describe(string personaName) => string.Create(CultureInfo.InvariantCulture,
        $"{personaName} wait {JourneySentences.Duration(PersonaMedianSeconds)} from {From} to {To}, {Ratio:0.#}x as long as other personas (median {JourneySentences.Duration(OthersMedianSeconds)}).");

    /// <summary>
    /// Finds the steps on which a persona waits at least <paramref name="minRatio"/> times as long as the other personas
    /// (median of their medians), counting only steps taken at least <paramref name="minCount"/> times by the persona and
    /// by at least one other persona; the largest ratio first (ties by name).
    /// </summary>
    /// <param name="map">The journey map (with personas).</param>
    /// <param name="personaId">The persona.</param>
    /// <param name="minRatio">The smallest ratio reported; the default is 2.</param>
    /// <param name="minCount">The fewest steps counted on either side; the default is 20.</param>
    /// <returns>The slower steps, possibly none.</returns>
    public static IReadOnlyList<SlowerTransition> Find(JourneyMap map, string personaId, double minRatio = 2, int minCount = 20)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!map.ByPersona.TryGetValue(personaId, out var own))
        {
            return [];
        }

        var result = new List<SlowerTransition>();
        foreach (var e in own.Dfg.Edges)
        {
            if (e.Count < minCount || e.From == e.To)
            {
                continue;
            }

            var others = map.ByPersona.Where(p => p.Key != personaId)
                .Select(p => p.Value.Dfg.Edge(e.From, e.To))
                .Where(o => o is not null && o.Count >= minCount)
                .Select(o => o!.MedianSeconds)
                .Order()
                .ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            var median = others.Length % 2 == 1 ? others[others.Length / 2] : (others[(others.Length / 2) - 1] + others[others.Length / 2]) / 2;
            var s = new SlowerTransition(e.From, e.To, e.Count, e.MedianSeconds, median);
            if (s.Ratio >= minRatio)
            {
                result.Add(s);
            }
        }

        return [.. result.OrderByDescending(s => s.Ratio).ThenBy(s => s.From, StringComparer.Ordinal).ThenBy(s => s.To, StringComparer.Ordinal)];
    }
}
