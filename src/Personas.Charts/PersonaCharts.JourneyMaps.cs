using Personas.Journeys;
using Personas.Journeys.Attribution;
using Personas.Profiling;
using Plotly.NET;

namespace Personas.Charts;

public static partial class PersonaCharts
{
    /// <summary>The node a journey starts from in the transition heatmap.</summary>
    public const string StartNode = "(start)";

    /// <summary>The node a journey ends in in the transition heatmap.</summary>
    public const string EndNode = "(end)";

    /// <summary>Each persona's next-touchpoint probabilities (journey start and end included).</summary>
    /// <param name="journeys">The journey map with per-persona summaries.</param>
    /// <param name="personas">The persona set, for names and colours; null to use the persona ids.</param>
    /// <returns>The transition heatmap with a persona selector.</returns>
    /// <exception cref="ArgumentException">The journey map has no per-persona journeys.</exception>
    public static GenericChart TransitionHeatmap(JourneyMap journeys, PersonaSet? personas = null) => TransitionHeatmap(ByPersona(journeys, personas));

    /// <summary>Each persona's next-touchpoint probabilities, personas named by <paramref name="personaNames"/> (for example from <c>assignments.csv</c>).</summary>
    /// <param name="journeys">The journey map with per-persona summaries.</param>
    /// <param name="personaNames">A display name per persona id (ids without one keep the id).</param>
    /// <returns>The transition heatmap with a persona selector.</returns>
    /// <exception cref="ArgumentException">The journey map has no per-persona journeys.</exception>
    public static GenericChart TransitionHeatmap(JourneyMap journeys, IReadOnlyDictionary<string, string> personaNames) => TransitionHeatmap(ByPersona(journeys, personaNames));

    /// <summary>The stage funnel per persona, side by side: customers by the furthest stage they reach (<see cref="JourneyMap.StageFunnelRule"/>), with the "bought" step.</summary>
    /// <param name="journeys">The journey map (with a stage model, so each persona has a stage funnel).</param>
    /// <param name="personas">The persona set, for names and colours; null to use the persona ids.</param>
    /// <returns>The funnel chart.</returns>
    /// <exception cref="ArgumentException">The journey map has no stages or no per-persona journeys.</exception>
    public static GenericChart StageFunnel(JourneyMap journeys, PersonaSet? personas = null) => StageFunnel(journeys, ByPersona(journeys, personas));

    /// <summary>The stage funnel per persona, side by side, personas named by <paramref name="personaNames"/> (for example from <c>assignments.csv</c>).</summary>
    /// <param name="journeys">The journey map (with a stage model, so each persona has a stage funnel).</param>
    /// <param name="personaNames">A display name per persona id (ids without one keep the id).</param>
    /// <returns>The funnel chart.</returns>
    /// <exception cref="ArgumentException">The journey map has no stages or no per-persona journeys.</exception>
    public static GenericChart StageFunnel(JourneyMap journeys, IReadOnlyDictionary<string, string> personaNames) => StageFunnel(journeys, ByPersona(journeys, personaNames));

    private static GenericChart TransitionHeatmap((string[] Names, JourneySummary?[] Summaries) personas) =>
        TransitionHeatmap(personas.Names, personas.Summaries.Select(Flows).ToArray());

    private static GenericChart StageFunnel(JourneyMap journeys, (string[] Names, JourneySummary?[] Summaries) personas)
    {
        var (names, summaries) = personas;
        var stages = journeys.Overall.StageFunnel.Steps.Select(s => s.Step).ToArray();
        if (stages.Length == 0)
        {
            throw new ArgumentException("Expected a journey map with stages (a stage model), found none.", nameof(journeys));
        }

        // The funnel's own counts: the same numbers the cards' stage sentences use.
        var counts = summaries.Select(s => stages.Select(stage =>
            (double)(s?.StageFunnel.Steps.FirstOrDefault(step => step.Step == stage)?.Count ?? 0)).ToArray()).ToArray();
        return StageFunnel(stages, names, counts);
    }

    /// <summary>Attribution by model (first touch, last touch, linear, Markov) for all customers or one persona.</summary>
    /// <param name="journeys">The journey map.</param>
    /// <param name="personaId">A persona id for that persona's attribution, or null for all customers.</param>
    /// <param name="personas">The persona set, for the persona's name in the title; optional.</param>
    /// <returns>The grouped bar chart.</returns>
    /// <exception cref="ArgumentException">The persona id is not in the journey map, or there is no conversion to attribute.</exception>
    public static GenericChart Attribution(JourneyMap journeys, string? personaId = null, PersonaSet? personas = null)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        JourneySummary summary;
        if (personaId is null)
        {
            summary = journeys.Overall;
        }
        else if (!journeys.ByPersona.TryGetValue(personaId, out summary!))
        {
            throw new ArgumentException($"Expected a persona id of the journey map ({string.Join(", ", journeys.ByPersona.Keys)}), found '{personaId}'.", nameof(personaId));
        }

        var title = personaId is null ? "all customers" : personas?.Personas.FirstOrDefault(p => p.Id == personaId)?.Name ?? personaId;
        return Attribution(summary.Attribution, title + " (post-purchase touches excluded)");
    }

    /// <summary>Attribution by model (first touch, last touch, linear, Markov) from an attribution result, for example of <c>personas attribution</c>.</summary>
    /// <param name="result">The attribution result.</param>
    /// <param name="title">What the figures are for, shown after "Attribution by model: ", or null.</param>
    /// <returns>The grouped bar chart, touchpoints with the most credit first.</returns>
    /// <exception cref="ArgumentException">There is no conversion to attribute.</exception>
    public static GenericChart Attribution(AttributionResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var models = new (string Name, IReadOnlyDictionary<string, double> Credit)[]
        {
            ("First touch", result.FirstTouch.Conversions), ("Last touch", result.LastTouch.Conversions),
            ("Linear", result.Linear.Conversions), ("Markov", result.Markov.Conversions),
        };
        var touchpoints = models.SelectMany(m => m.Credit)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(kv => kv.Value))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToArray();
        if (touchpoints.Length == 0 || result.Conversions <= 0)
        {
            throw new ArgumentException("Expected conversions with touchpoints to attribute, found none.", nameof(result));
        }

        var series = models.Select(m => new AttributionSeries(m.Name, touchpoints.Select(t => m.Credit.GetValueOrDefault(t)).ToArray())).ToArray();
        return Attribution(touchpoints, series, title);
    }

    internal static FlowEdge[] Flows(JourneySummary? summary)
    {
        if (summary is null)
        {
            return [];
        }

        var dfg = summary.Dfg;
        return dfg.Start.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FlowEdge(StartNode, kv.Key, kv.Value))
            .Concat(dfg.Edges.Select(e => new FlowEdge(e.From, e.To, e.Count)))
            .Concat(dfg.End.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FlowEdge(kv.Key, EndNode, kv.Value)))
            .ToArray();
    }

    /// <summary>Names and summaries in persona id order (P2 before P10), named by the dictionary where it has a name.</summary>
    private static (string[] Names, JourneySummary?[] Summaries) ByPersona(JourneyMap journeys, IReadOnlyDictionary<string, string> personaNames)
    {
        ArgumentNullException.ThrowIfNull(personaNames);
        var (ids, summaries) = ByPersona(journeys, (PersonaSet?)null);
        return (ids.Select(id => personaNames.TryGetValue(id, out var n) && !string.IsNullOrWhiteSpace(n) ? n : id).ToArray(), summaries);
    }

    /// <summary>Names and summaries in persona-set order (so colours match the other charts); a persona without journeys gets null.</summary>
    private static (string[] Names, JourneySummary?[] Summaries) ByPersona(JourneyMap journeys, PersonaSet? personas)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        if (journeys.ByPersona.Count == 0)
        {
            throw new ArgumentException("Expected per-persona journeys (events with persona assignments), found none.", nameof(journeys));
        }

        if (personas is null)
        {
            var ids = journeys.ByPersona.Keys.OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToArray();
            return (ids, ids.Select(id => (JourneySummary?)journeys.ByPersona[id]).ToArray());
        }

        return (
            personas.Personas.Select(p => p.Name).ToArray(),
            personas.Personas.Select(p => journeys.ByPersona.TryGetValue(p.Id, out var s) ? s : null).ToArray());
    }
}
