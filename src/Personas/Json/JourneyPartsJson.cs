using System.ComponentModel;

namespace Personas.Json;

/// <summary>A path variant.</summary>
internal sealed class VariantJson
{
    [Description("The touchpoints in order.")]
    public required IReadOnlyList<string> Path { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    [Description("Share of journeys with this path.")]
    public required double? Share { get; init; }

    [Description("Share of journeys with this or a more common path.")]
    public required double? CumulativeShare { get; init; }

    [SchemaMinimum(0)]
    public required long Conversions { get; init; }

    public required double? ConversionRate { get; init; }
}

/// <summary>The paths not listed.</summary>
internal sealed class OtherVariantsJson
{
    [SchemaMinimum(0)]
    public required long Variants { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    public required double? Share { get; init; }

    [SchemaMinimum(0)]
    public required long Conversions { get; init; }
}

/// <summary>The directly-follows graph.</summary>
internal sealed class DfgJson
{
    public required IReadOnlyList<EdgeJson> Edges { get; init; }

    [Description("Journeys starting at each touchpoint.")]
    public required IReadOnlyDictionary<string, long> Start { get; init; }

    [Description("Journeys ending at each touchpoint.")]
    public required IReadOnlyDictionary<string, long> End { get; init; }
}

/// <summary>A directly-follows edge with timings in seconds.</summary>
internal sealed class EdgeJson
{
    public required string From { get; init; }

    public required string To { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    [Description("Share of the transitions out of 'from'.")]
    public required double? Relative { get; init; }

    public required double? MeanSeconds { get; init; }

    public required double? MedianSeconds { get; init; }

    public required double? MinSeconds { get; init; }

    public required double? MaxSeconds { get; init; }

    public required double? SumSeconds { get; init; }

    public required double? StdevSeconds { get; init; }
}

/// <summary>One stage of the stage funnel.</summary>
internal sealed class StageJson
{
    public required string Stage { get; init; }

    [SchemaMinimum(0)]
    public required long Reached { get; init; }

    [SchemaMinimum(0)]
    public required long Continued { get; init; }

    [SchemaMinimum(0)]
    public required long DropOff { get; init; }

    public required double? DropOffShare { get; init; }

    public required double? MedianSecondsToNext { get; init; }

    public required double? P90SecondsToNext { get; init; }

    [Description("True when the wait to the next stage is unusually long.")]
    public required bool LongWait { get; init; }
}

/// <summary>A skip or regression between stages.</summary>
internal sealed class StageMoveJson
{
    public required string From { get; init; }

    public required string To { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }
}

/// <summary>A funnel and its steps.</summary>
internal sealed class FunnelJson
{
    public required string Name { get; init; }

    [SchemaEnum("closed", "open")]
    public required string Kind { get; init; }

    [SchemaEnum("eventually", "directly")]
    public required string Mode { get; init; }

    public required double? MaxStepSeconds { get; init; }

    public required IReadOnlyList<FunnelStepJson> Steps { get; init; }
}

/// <summary>A funnel step.</summary>
internal sealed class FunnelStepJson
{
    public required string Step { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    public required double? ShareOfFirst { get; init; }

    public required double? ShareOfPrevious { get; init; }
}

/// <summary>What the journeys show, as numbers.</summary>
internal sealed class JourneyFindingsJson
{
    public required string? BottleneckStage { get; init; }

    public required double? BottleneckDropOffShare { get; init; }

    public required string? LongestWaitStage { get; init; }

    public required double? LongestWaitMedianSeconds { get; init; }

    public required IReadOnlyList<string>? LongWaitStages { get; init; }

    public required EdgeJson? SlowestTransition { get; init; }

    public required string? DropOffTouchpoint { get; init; }

    public required double? DropOffTouchpointShare { get; init; }

    public required double? NeverConvertShare { get; init; }

    [Description("The share of the stage funnel's customers who buy.")]
    public required double? BuyingShare { get; init; }

    [Description("The share of the stage funnel's customers who buy again (a later purchase journey).")]
    public required double? RepurchaseShare { get; init; }
}

/// <summary>A persona's journeys compared with the other personas'.</summary>
internal sealed class JourneyComparisonJson
{
    [SchemaMinimum(0)]
    public required long Journeys { get; init; }

    public required double? NeverConvertShare { get; init; }

    public required string? LosesMostAtStage { get; init; }

    public required double? LosesMostAtStageShare { get; init; }

    public required string? DropOffTouchpoint { get; init; }

    public required double? DropOffTouchpointShare { get; init; }

    public required IReadOnlyList<string>? TypicalPath { get; init; }

    public required double? TypicalPathShare { get; init; }

    public required string? LongWaitStage { get; init; }

    public required double? LongWaitMedianSeconds { get; init; }

    public required IReadOnlyList<JourneyDifferenceJson> Differences { get; init; }

    public required IReadOnlyList<string> Sentences { get; init; }

    [Description("The persona's customers in the stage funnel.")]
    [SchemaMinimum(0)]
    public required long Customers { get; init; }

    public required double? BuyingShare { get; init; }

    public required double? RepurchaseShare { get; init; }

    [Description("The customers reaching losesMostAtStage.")]
    [SchemaMinimum(0)]
    public required long LosesMostAtStageReached { get; init; }

    [Description("A path is named typical only when it covers at least this share.")]
    public required double? TypicalPathMinShare { get; init; }

    [Description("The share of journeys following the most common path, typical or not.")]
    public required double? LargestPathShare { get; init; }

    public required double? TypicalPathConversionRate { get; init; }

    public required IReadOnlyList<string> TypicalConvertingPath { get; init; }

    public required double? TypicalConvertingPathShare { get; init; }

    public required IReadOnlyList<string> TypicalAbandonedPath { get; init; }

    public required double? TypicalAbandonedPathShare { get; init; }

    public required IReadOnlyList<TouchpointShareJson> Entries { get; init; }

    public required IReadOnlyList<TouchpointShareJson> PurchaseTouchpoints { get; init; }

    [Description("Steps inside journeys the persona waits on notably longer than the other personas, the largest ratio first.")]
    public required IReadOnlyList<SlowerWaitJson> SlowerWaits { get; init; }
}

/// <summary>A significant difference between a persona's journeys and the others'.</summary>
internal sealed class JourneyDifferenceJson
{
    public required string Kind { get; init; }

    public required string Item { get; init; }

    public required double? PersonaShare { get; init; }

    public required double? OtherShare { get; init; }

    public required double? Z { get; init; }

    public required double? PValue { get; init; }

    public required double? QValue { get; init; }

    [Description("Cohen's h; a difference is listed only when |h| is at least the minimum effect size.")]
    public required double? EffectSize { get; init; }
}
