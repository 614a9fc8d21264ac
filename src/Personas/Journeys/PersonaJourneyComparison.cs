namespace Personas.Journeys;

/// <summary>How one persona's journeys differ from the other personas', with sentences for the persona card.</summary>
public sealed record PersonaJourneyComparison
{
    /// <summary>The persona id.</summary>
    public required string PersonaId { get; init; }

    /// <summary>The persona's journeys.</summary>
    public required long Journeys { get; init; }

    /// <summary>The persona's customers in the stage funnel (its first step).</summary>
    public long Customers { get; init; }

    /// <summary>The share of its journeys without a conversion.</summary>
    public required double NeverConvertShare { get; init; }

    /// <summary>The share of its customers who buy (the stage funnel's "bought" step over its first step), or null without a purchase-decision stage.</summary>
    public double? BuyingShare { get; init; }

    /// <summary>The share of its customers who buy again (the stage funnel's repurchase step over its first step), or null.</summary>
    public double? RepurchaseShare { get; init; }

    /// <summary>The stage before buying where the stage funnel loses the most of its customers (largest drop-off count), or null.</summary>
    public string? LosesMostAtStage { get; init; }

    /// <summary>The drop-off share at <see cref="LosesMostAtStage"/> in the stage funnel.</summary>
    public double LosesMostAtStageShare { get; init; }

    /// <summary>The customers reaching <see cref="LosesMostAtStage"/> in the stage funnel.</summary>
    public long LosesMostAtStageReached { get; init; }

    /// <summary>The touchpoint where the paths of its journeys without a purchase most often end, or null.</summary>
    public string? DropOffTouchpoint { get; init; }

    /// <summary>The share of its journeys without a purchase that end at <see cref="DropOffTouchpoint"/>.</summary>
    public double DropOffTouchpointShare { get; init; }

    /// <summary>Its most frequent path when it covers at least <see cref="TypicalPathMinShare"/> of its journeys; else empty (no dominant path).</summary>
    public required IReadOnlyList<string> TypicalPath { get; init; }

    /// <summary>The share of its journeys following <see cref="TypicalPath"/> (0 when there is none).</summary>
    public required double TypicalPathShare { get; init; }

    /// <summary>The share of the journeys following <see cref="TypicalPath"/> that end in a purchase.</summary>
    public double TypicalPathConversionRate { get; init; }

    /// <summary>The share a path must cover to be named typical (<see cref="JourneyOptions.TypicalPathMinShare"/>).</summary>
    public double TypicalPathMinShare { get; init; } = 0.10;

    /// <summary>The share of its journeys following its most frequent path, typical or not.</summary>
    public double LargestPathShare { get; init; }

    /// <summary>The most frequent path of its journeys that end in a purchase, when it covers at least <see cref="TypicalPathMinShare"/> of them; else empty.</summary>
    public IReadOnlyList<string> TypicalConvertingPath { get; init; } = [];

    /// <summary>The share of its buying journeys following <see cref="TypicalConvertingPath"/>.</summary>
    public double TypicalConvertingPathShare { get; init; }

    /// <summary>The most frequent path of its journeys without a purchase, when it covers at least <see cref="TypicalPathMinShare"/> of them; else empty.</summary>
    public IReadOnlyList<string> TypicalAbandonedPath { get; init; } = [];

    /// <summary>The share of its journeys without a purchase following <see cref="TypicalAbandonedPath"/>.</summary>
    public double TypicalAbandonedPathShare { get; init; }

    /// <summary>Where its journeys start (first touchpoints, most frequent first).</summary>
    public IReadOnlyList<TouchpointShare> Entries { get; init; } = [];

    /// <summary>Where it buys (conversion touchpoints, most frequent first).</summary>
    public IReadOnlyList<TouchpointShare> PurchaseTouchpoints { get; init; } = [];

    /// <summary>The stage with the longest median wait, when flagged as a long wait; else null.</summary>
    public string? LongWaitStage { get; init; }

    /// <summary>The median wait after <see cref="LongWaitStage"/>, in seconds.</summary>
    public double LongWaitMedianSeconds { get; init; }

    /// <summary>Steps inside journeys it takes at least <see cref="JourneyOptions.SlowerWaitRatio"/> times as long over as the other personas (at least <see cref="JourneyOptions.MinCount"/> journeys on each side), the largest ratio first.</summary>
    public IReadOnlyList<SlowerTransition> SlowerWaits { get; init; } = [];

    /// <summary>Touchpoints and transitions of paths whose share differs significantly (BH-adjusted q below the significance level) with at least a small effect (|h| of at least <see cref="JourneyOptions.MinEffectSize"/>), the largest effect first.</summary>
    public required IReadOnlyList<JourneyDifference> Differences { get; init; }

    /// <summary>Ready-made sentences naming the persona by its id (use <see cref="Describe"/> for a display name).</summary>
    public IReadOnlyList<string> Sentences => Describe(PersonaId);

    /// <summary>
    /// The comparison's sentences, for example "Premium researchers drop off at comparison sites: 61% of their journeys
    /// without a purchase end there.": drop-off, stage loss, buying and buying again, paths, long wait, differences.
    /// <see cref="CardSentences"/> adds the step the persona waits longest on compared with the others.
    /// </summary>
    /// <param name="personaName">The name to use for the persona (plural noun phrase).</param>
    /// <returns>The sentences.</returns>
    public IReadOnlyList<string> Describe(string personaName) => JourneySentences.Describe(this, personaName, waits: false);

    /// <summary>The sentences of the persona card's journey section: <see cref="Describe"/> with the first of <see cref="SlowerWaits"/> second.</summary>
    /// <param name="personaName">The name to use for the persona (plural noun phrase).</param>
    /// <returns>The sentences.</returns>
    public IReadOnlyList<string> CardSentences(string personaName) => JourneySentences.Describe(this, personaName, waits: true);
}
