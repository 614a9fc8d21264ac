using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>Everything computed for one set of journeys (all customers, or one persona's).</summary>
public sealed record JourneySummary
{
    /// <summary>The distinct customers.</summary>
    public required long Customers { get; init; }

    /// <summary>The journeys (see <see cref="JourneyMap.Counting"/>).</summary>
    public required long Journeys { get; init; }

    /// <summary>The events in the journeys.</summary>
    public required long Events { get; init; }

    /// <summary>The excluded input rows attributable to these customers (all excluded rows for the overall summary).</summary>
    public required long Excluded { get; init; }

    /// <summary>The conversion events.</summary>
    public required long Conversions { get; init; }

    /// <summary>The journeys with at least one conversion.</summary>
    public required long ConvertingJourneys { get; init; }

    /// <summary>The number of distinct variants.</summary>
    public required long VariantCount { get; init; }

    /// <summary>The most frequent variants, up to <see cref="JourneyOptions.MaxVariants"/>.</summary>
    public required IReadOnlyList<PathVariant> Variants { get; init; }

    /// <summary>The remaining variants, grouped as "other".</summary>
    public required OtherVariants Other { get; init; }

    /// <summary>The paths worth naming: typical (only at <see cref="JourneyOptions.TypicalPathMinShare"/> or more), converting and abandoned paths, where journeys start and where people buy.</summary>
    public required JourneyPaths Paths { get; init; }

    /// <summary>The journey map unrolled by step, without cycles: what to draw as a Sankey diagram.</summary>
    public required JourneyStepMap StepMap { get; init; }

    /// <summary>The directly-follows graph with timings.</summary>
    public required DirectlyFollowsGraph Dfg { get; init; }

    /// <summary>Per stage: customers reached and continued (the stage funnel's counts), drop-off, and the time to the next stage within journeys.</summary>
    public required IReadOnlyList<StageStatistics> Stages { get; init; }

    /// <summary>Touchpoints without a stage (no stage column value, mapping or default), with their event counts.</summary>
    public required IReadOnlyDictionary<string, long> UnmappedTouchpoints { get; init; }

    /// <summary>Moves that skip one or more stages.</summary>
    public required IReadOnlyList<StageMove> Skips { get; init; }

    /// <summary>Moves back to an earlier stage.</summary>
    public required IReadOnlyList<StageMove> Regressions { get; init; }

    /// <summary>The stage funnel: customers by the furthest stage they reach, with a "bought" step after the purchase-decision stage (see <see cref="JourneyMap.StageFunnelRule"/>).</summary>
    public required FunnelResult StageFunnel { get; init; }

    /// <summary>The user-defined touchpoint funnels.</summary>
    public required IReadOnlyList<FunnelResult> Funnels { get; init; }

    /// <summary>Attribution of conversions to touchpoints: each converting journey's touches before its last conversion, journeys without a conversion as null paths; conversions and post-purchase events are not touches (see <see cref="JourneyMap.AttributionRule"/>).</summary>
    public required AttributionResult Attribution { get; init; }

    /// <summary>Conversions of journeys with no touch before the conversion (left out of attribution).</summary>
    public required long ConversionsWithoutTouches { get; init; }

    /// <summary>Bottleneck, long waits and drop-off touchpoint.</summary>
    public required JourneyFindings Findings { get; init; }
}
