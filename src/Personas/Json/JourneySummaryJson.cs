using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>The journeys of a group of customers (all, or one persona): paths, directly-follows graph, stages, funnels, attribution, findings.</summary>
internal class JourneySummaryJson
{
    [Description("How journeys were counted (the counting rule), in plain words.")]
    [JsonPropertyOrder(-10)]
    public required string Counting { get; init; }

    [SchemaMinimum(0)]
    public long Customers { get; set; }

    [SchemaMinimum(0)]
    public long Journeys { get; set; }

    [SchemaMinimum(0)]
    public long Events { get; set; }

    [SchemaMinimum(0)]
    public long Excluded { get; set; }

    [SchemaMinimum(0)]
    public long Conversions { get; set; }

    [SchemaMinimum(0)]
    public long ConvertingJourneys { get; set; }

    [Description("The number of distinct paths (variants).")]
    [SchemaMinimum(0)]
    public long VariantCount { get; set; }

    [Description("The most common paths, most frequent first.")]
    public IReadOnlyList<VariantJson> Variants { get; set; } = null!;

    [Description("The paths not listed in variants, together.")]
    public OtherVariantsJson OtherVariants { get; set; } = null!;

    [Description("The paths worth naming: typical (only when it covers at least minShare), converting and abandoned paths, where journeys start and where people buy.")]
    public JourneyPathsJson Paths { get; set; } = null!;

    [Description("The journey map unrolled by step (columns step 1..N, then the outcome), without cycles.")]
    public StepMapJson StepMap { get; set; } = null!;

    [Description("The directly-follows graph: how often one touchpoint directly follows another, with timings.")]
    public DfgJson Dfg { get; set; } = null!;

    [Description("Per stage: the stage funnel's customers reaching it, continuing and dropping off, and the waits to the next stage inside journeys.")]
    public IReadOnlyList<StageJson> Stages { get; set; } = null!;

    public IReadOnlyDictionary<string, long> UnmappedTouchpoints { get; set; } = null!;

    public IReadOnlyList<StageMoveJson> Skips { get; set; } = null!;

    public IReadOnlyList<StageMoveJson> Regressions { get; set; } = null!;

    public FunnelJson StageFunnel { get; set; } = null!;

    public IReadOnlyList<FunnelJson> Funnels { get; set; } = null!;

    public AttributionJson Attribution { get; set; } = null!;

    [SchemaMinimum(0)]
    public long ConversionsWithoutTouches { get; set; }

    public JourneyFindingsJson Findings { get; set; } = null!;
}

/// <summary>journeys.json.</summary>
[Description("Customer journeys from touchpoint events, overall and per persona: paths, directly-follows graph with timings, stage funnel with drop-offs and waits, funnels, attribution and each persona compared with the rest.")]
internal sealed class JourneysFileJson : JourneySummaryJson
{
    [Description("Events with the same customer and timestamp (ordered by input order).")]
    [JsonPropertyOrder(-5)]
    [SchemaMinimum(0)]
    public required long Ties { get; init; }

    [JsonPropertyOrder(-5)]
    [SchemaMinimum(0)]
    public required long EventsOutsideLookback { get; init; }

    [Description("Journeys of customers without a persona assignment.")]
    [JsonPropertyOrder(-5)]
    [SchemaMinimum(0)]
    public required long UnassignedJourneys { get; init; }

    [JsonPropertyOrder(-5)]
    public required IReadOnlyList<string> StageNames { get; init; }

    [Description("The journey split in effect.")]
    [JsonPropertyOrder(-5)]
    [SchemaEnum("purchase", "perCustomer", "journeyColumn", "atConversion", "inactivityGap")]
    public required string Split { get; init; }

    [Description("How the stage funnel counts, in plain words.")]
    [JsonPropertyOrder(-5)]
    public required string StageFunnelRule { get; init; }

    [Description("Which journeys and touches attribution uses, in plain words.")]
    [JsonPropertyOrder(-5)]
    public required string AttributionRule { get; init; }

    [Description("Touchpoints with post-purchase events: they end paths and get no conversion credit.")]
    [JsonPropertyOrder(-5)]
    public required IReadOnlyList<string> PostPurchaseTouchpoints { get; init; }

    [Description("Post-purchase events with no journey before them (in no journey).")]
    [JsonPropertyOrder(-5)]
    [SchemaMinimum(0)]
    public required long EventsOutsideJourneys { get; init; }

    [Description("The same summary per persona id.")]
    [JsonPropertyOrder(10)]
    public required IReadOnlyDictionary<string, JourneySummaryJson> ByPersona { get; init; }

    [Description("Each persona's journeys compared with the other personas'.")]
    [JsonPropertyOrder(10)]
    public required IReadOnlyDictionary<string, JourneyComparisonJson> PersonaComparison { get; init; }
}

/// <summary>A persona's journey in personas.json: its summary, comparison and findings.</summary>
internal sealed class PersonaJourneyJson : JourneySummaryJson
{
    [JsonPropertyOrder(10)]
    public required JourneyComparisonJson? Comparison { get; init; }

    [Description("The persona's journey findings in plain words, as on its card.")]
    [JsonPropertyOrder(10)]
    public required IReadOnlyList<string> Sentences { get; init; }
}
