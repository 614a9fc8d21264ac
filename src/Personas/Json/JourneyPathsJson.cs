using System.ComponentModel;

namespace Personas.Json;

/// <summary>The paths worth naming.</summary>
internal sealed class JourneyPathsJson
{
    [Description("A path is named typical only when it covers at least this share of its journeys.")]
    public required double? MinShare { get; init; }

    [Description("The most common path of all journeys when it covers at least minShare of them; null: no dominant path.")]
    public required VariantJson? Typical { get; init; }

    [Description("The most common path of the journeys that end in a purchase (shares of those journeys), when it covers at least minShare of them.")]
    public required VariantJson? TypicalConverting { get; init; }

    [Description("The most common path of the journeys without a purchase (shares of those journeys), when it covers at least minShare of them.")]
    public required VariantJson? TypicalAbandoned { get; init; }

    [SchemaMinimum(0)]
    public required long ConvertingJourneys { get; init; }

    [SchemaMinimum(0)]
    public required long AbandonedJourneys { get; init; }

    [Description("The most common paths of journeys that end in a purchase.")]
    public required IReadOnlyList<VariantJson> Converting { get; init; }

    [Description("The most common paths of journeys without a purchase.")]
    public required IReadOnlyList<VariantJson> Abandoned { get; init; }

    [Description("Where journeys start: first touchpoints with their share of the journeys.")]
    public required IReadOnlyList<TouchpointShareJson> Entries { get; init; }

    [Description("Where people buy: conversion touchpoints with their share of the conversions.")]
    public required IReadOnlyList<TouchpointShareJson> PurchaseTouchpoints { get; init; }
}

/// <summary>A touchpoint with a count and share.</summary>
internal sealed class TouchpointShareJson
{
    public required string Touchpoint { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    public required double? Share { get; init; }
}

/// <summary>The journey map unrolled by step: a graph whose links all point to a later column.</summary>
internal sealed class StepMapJson
{
    [Description("The step columns; the outcome column (bought, did not buy) follows them.")]
    [SchemaMinimum(1)]
    public required int Steps { get; init; }

    [Description("Touchpoints under this share of the journeys at a step are grouped as other.")]
    public required double? MinShare { get; init; }

    [SchemaMinimum(0)]
    public required long Journeys { get; init; }

    public required IReadOnlyList<StepNodeJson> Nodes { get; init; }

    public required IReadOnlyList<StepLinkJson> Links { get; init; }
}

/// <summary>A node of the journey map.</summary>
internal sealed class StepNodeJson
{
    [Description("The step (0 = first touch), or steps for the outcome nodes.")]
    [SchemaMinimum(0)]
    public required int Column { get; init; }

    public required string Label { get; init; }

    [SchemaEnum("touchpoint", "other", "bought", "didNotBuy")]
    public required string Kind { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    [Description("Of those, the journeys that end in a purchase.")]
    [SchemaMinimum(0)]
    public required long Converting { get; init; }
}

/// <summary>A link of the journey map.</summary>
internal sealed class StepLinkJson
{
    [Description("The index of the source node.")]
    [SchemaMinimum(0)]
    public required int From { get; init; }

    [Description("The index of the target node (in a later column).")]
    [SchemaMinimum(0)]
    public required int To { get; init; }

    [SchemaMinimum(0)]
    public required long Count { get; init; }

    [SchemaMinimum(0)]
    public required long Converting { get; init; }
}

/// <summary>A step inside journeys that a persona takes longer over than the other personas.</summary>
internal sealed class SlowerWaitJson
{
    public required string From { get; init; }

    [Description("True when the step starts at a purchase.")]
    public required bool FromPurchase { get; init; }

    public required string To { get; init; }

    public required bool ToPurchase { get; init; }

    [Description("The persona's journeys taking the step.")]
    [SchemaMinimum(0)]
    public required long Count { get; init; }

    [Description("The other personas' journeys taking the step.")]
    [SchemaMinimum(0)]
    public required long OthersCount { get; init; }

    public required double? PersonaMedianSeconds { get; init; }

    public required double? OthersMedianSeconds { get; init; }

    [Description("How many times as long the persona waits.")]
    public required double? Ratio { get; init; }
}
