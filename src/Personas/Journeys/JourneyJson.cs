using Personas.Journeys.Attribution;
using Personas.Json;

namespace Personas.Journeys;

/// <summary>
/// Writes <c>journeys.json</c> and the attribution output with stable field names (schemas:
/// <c>schemas/journeys.schema.json</c>, <c>schemas/attribution.schema.json</c>, generated from the output types).
/// Maps keyed by touchpoint are written in ordinal key order; numbers that are undefined (no data) are written as null.
/// </summary>
internal static partial class JourneyJson
{
    /// <summary>The <c>journeys.json</c> text (indented, LF line ends, a final newline).</summary>
    /// <param name="map">The journey map.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(JourneyMap map) => OutputJson.Serialize(ToJson(map), OutputJson.Context.JourneysFileJson);

    /// <summary>The attribution output's text (indented, LF line ends, a final newline).</summary>
    /// <param name="result">The attribution result.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeAttribution(AttributionResult result) => OutputJson.Serialize(Attribution(result), OutputJson.Context.AttributionJson);

    /// <summary>The <c>journeys.json</c> object.</summary>
    public static JourneysFileJson ToJson(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Fill(new JourneysFileJson
        {
            Counting = map.Counting,
            Ties = map.Ties,
            EventsOutsideLookback = map.EventsOutsideLookback,
            UnassignedJourneys = map.UnassignedJourneys,
            StageNames = map.StageNames,
            Split = SplitName(map.Split),
            StageFunnelRule = map.StageFunnelRule,
            AttributionRule = map.AttributionRule,
            PostPurchaseTouchpoints = map.PostPurchaseTouchpoints,
            EventsOutsideJourneys = map.EventsOutsideJourneys,
            ByPersona = map.ByPersona.ToDictionary(p => p.Key, p => Summary(p.Value, map.Counting), StringComparer.Ordinal),
            PersonaComparison = map.PersonaComparison.ToDictionary(p => p.Key, p => Comparison(p.Value), StringComparer.Ordinal),
        }, map.Overall);
    }

    /// <summary>One persona's journey for <c>personas.json</c>: its summary, its comparison with the rest, and the sentences of its card.</summary>
    public static PersonaJourneyJson PersonaJourney(JourneySummary s, string counting, PersonaJourneyComparison? comparison, IReadOnlyList<string> sentences) => Fill(new PersonaJourneyJson
    {
        Counting = counting,
        Comparison = comparison is null ? null : Comparison(comparison),
        Sentences = sentences,
    }, s);

    private static JourneySummaryJson Summary(JourneySummary s, string counting) => Fill(new JourneySummaryJson { Counting = counting }, s);

    private static T Fill<T>(T json, JourneySummary s)
        where T : JourneySummaryJson
    {
        json.Customers = s.Customers;
        json.Journeys = s.Journeys;
        json.Events = s.Events;
        json.Excluded = s.Excluded;
        json.Conversions = s.Conversions;
        json.ConvertingJourneys = s.ConvertingJourneys;
        json.VariantCount = s.VariantCount;
        json.Variants = Variants(s);
        json.OtherVariants = Other(s.Other);
        json.Paths = Paths(s.Paths);
        json.StepMap = StepMap(s.StepMap);
        json.Dfg = Dfg(s.Dfg);
        json.Stages = Stages(s);
        json.UnmappedTouchpoints = Counts(s.UnmappedTouchpoints);
        json.Skips = Moves(s.Skips);
        json.Regressions = Moves(s.Regressions);
        json.StageFunnel = Funnel(s.StageFunnel);
        json.Funnels = [.. s.Funnels.Select(Funnel)];
        json.Attribution = Attribution(s.Attribution);
        json.ConversionsWithoutTouches = s.ConversionsWithoutTouches;
        json.Findings = Findings(s.Findings);
        return json;
    }

    /// <summary>The attribution object: <c>paths</c>, <c>conversions</c>, <c>value</c>, every model.</summary>
    public static AttributionJson Attribution(AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Markov;
        Dictionary<string, IReadOnlyDictionary<string, double?>>? values = null;
        if (result.HasValues)
        {
            values = new Dictionary<string, IReadOnlyDictionary<string, double?>>(StringComparer.Ordinal);
            foreach (var credit in new[] { result.FirstTouch, result.LastTouch, result.Linear, result.TimeDecay, result.PositionBased })
            {
                if (credit?.Values is not null)
                {
                    values[credit.Model] = Credit(credit.Values);
                }
            }
        }

        return new AttributionJson
        {
            Paths = result.Paths,
            Conversions = OutputJson.Number(result.Conversions),
            Nulls = OutputJson.Number(result.Nulls),
            Value = result.HasValues ? OutputJson.Number(result.Value) : null,
            FirstTouch = Credit(result.FirstTouch.Conversions),
            LastTouch = Credit(result.LastTouch.Conversions),
            Linear = Credit(result.Linear.Conversions),
            TimeDecay = result.TimeDecay is { } td ? Credit(td.Conversions) : null,
            PositionBased = Credit(result.PositionBased.Conversions),
            Markov = new MarkovJson
            {
                Order = m.Order,
                ConversionProbability = OutputJson.Number(m.ConversionProbability),
                States = m.StateCount,
                RemovalEffects = Credit(m.RemovalEffects),
                Conversions = Credit(m.Conversions),
                Shares = Credit(m.Shares),
                Values = m.Values is null ? null : Credit(m.Values),
                BootstrapResamples = m.ShareIntervals is null ? null : m.BootstrapResamples,
                ShareIntervals = m.ShareIntervals is { } ci
                    ? OutputJson.Sorted(ci, i => new IntervalJson { Lower = OutputJson.Number(i.Lower), Upper = OutputJson.Number(i.Upper) })
                    : null,
            },
            Values = values,
        };
    }

    private static IReadOnlyDictionary<string, double?> Credit(IReadOnlyDictionary<string, double> credit) => OutputJson.Sorted(credit, v => OutputJson.Number(v));

    private static Dictionary<string, long> Counts(IReadOnlyDictionary<string, long> counts) => OutputJson.Sorted(counts, v => v);

    private static List<StageMoveJson> Moves(IReadOnlyList<StageMove> moves) => [.. moves.Select(m => new StageMoveJson { From = m.From, To = m.To, Count = m.Count })];
}
