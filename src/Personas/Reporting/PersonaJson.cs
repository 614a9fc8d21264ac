using Personas.Journeys;
using Personas.Json;
using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>
/// The persona entries of <c>personas.json</c> (see <c>schemas/personas.schema.json</c>). Field names are stable:
/// <c>id, name, tagline, size, share, valueShare, valuePerCustomerRatio, isDetailed, centroid, traits, comparisons,
/// outcomes, narrative, quality, warnings</c> and, with touchpoint events, <c>journey</c>. Deterministic: fixed key order,
/// invariant number format, no customer ids or rows.
/// </summary>
internal static class PersonaJson
{
    /// <summary>The persona entries, with each persona's journey when <paramref name="journeys"/> is given.</summary>
    public static List<PersonaEntryJson> Personas(PersonaSet set, JourneyMap? journeys) => [.. set.Personas.Select(p => Persona(p, journeys, set.Language))];

    private static PersonaEntryJson Persona(Persona p, JourneyMap? journeys, ReportLanguage language) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Tagline = p.Tagline,
        Size = p.Size,
        Share = OutputJson.Number(p.Share),
        ValueShare = OutputJson.Number(p.ValueShare),
        ValuePerCustomerRatio = OutputJson.Number(p.ValuePerCustomerRatio),
        IsDetailed = p.IsDetailed,
        Centroid = p.Centroid.ToDictionary(c => c.Key, c => Centroid(c.Value), StringComparer.Ordinal),
        Traits = Traits(p.Traits),
        Comparisons = Traits(p.Comparisons),
        Outcomes =
        [
            .. p.Outcomes.Select(k => new OutcomeKpiJson
            {
                Column = k.Outcome,
                Level = k.Level,
                Measure = k.IsRate ? "rate" : "mean",
                AfterOutcome = k.IsLeakage,
                PersonaValue = OutputJson.Number(k.PersonaValue),
                RestValue = OutputJson.Number(k.RestValue),
                Ratio = OutputJson.Number(k.Lift),
                CiLow = OutputJson.Number(k.CiLow),
                CiHigh = OutputJson.Number(k.CiHigh),
                PValue = OutputJson.Number(k.PValue),
                QValue = OutputJson.Number(k.QValue),
                ShareOfOutcome = OutputJson.Number(k.ShareOfOutcome),
                ShareOfValue = OutputJson.Number(k.ShareOfValue),
                PersonaCount = k.PersonaCount,
                RestCount = k.RestCount,
            }),
        ],
        Narrative = p.Narrative,
        Quality = new PersonaQualityJson { Silhouette = OutputJson.Number(p.Quality.Silhouette), Stability = OutputJson.Number(p.Quality.Stability) },
        Warnings = p.Warnings,
        Journey = journeys is not null && journeys.ByPersona.TryGetValue(p.Id, out var summary)
            ? JourneyJson.PersonaJourney(summary, journeys.Counting, journeys.PersonaComparison.GetValueOrDefault(p.Id), PersonaJourneyLines.For(journeys, p.Id, p.Name, language))
            : null,
    };

    private static CentroidJson Centroid(CentroidValue v) => v.Kind == TraitKind.Numeric
        ? new NumericCentroidJson { Kind = Kind(v.Kind), Mean = OutputJson.Number(v.Mean), Median = OutputJson.Number(v.Median) }
        : new CategoricalCentroidJson { Kind = Kind(v.Kind), Level = v.Level, Share = OutputJson.Number(v.Share) };

    private static List<TraitJson> Traits(IReadOnlyList<Trait> traits) =>
    [
        .. traits.Select(t => new TraitJson
        {
            Feature = t.Feature,
            Level = t.Level,
            Kind = Kind(t.Kind),
            Direction = t.Direction == TraitDirection.Higher ? "higher" : "lower",
            PersonaValue = OutputJson.Number(t.PersonaValue),
            RestValue = OutputJson.Number(t.RestValue),
            PersonaMedian = OutputJson.Number(t.PersonaMedian),
            RestMedian = OutputJson.Number(t.RestMedian),
            EffectSize = OutputJson.Number(t.EffectSize),
            CiLow = OutputJson.Number(t.CiLow),
            CiHigh = OutputJson.Number(t.CiHigh),
            PValue = OutputJson.Number(t.PValue),
            QValue = OutputJson.Number(t.QValue),
            Lift = OutputJson.Number(t.Lift),
        }),
    ];

    private static string Kind(TraitKind kind) => kind == TraitKind.Numeric ? "numeric" : "categorical";
}
