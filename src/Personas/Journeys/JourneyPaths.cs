namespace Personas.Journeys;

/// <summary>
/// The paths worth naming in a set of journeys: the typical path (only when it covers at least
/// <see cref="JourneyOptions.TypicalPathMinShare"/> of the journeys), the most common paths of journeys that end in a
/// purchase and of those that do not, where journeys start and where people buy.
/// </summary>
public sealed record JourneyPaths
{
    /// <summary>The share a path must cover to be named typical (<see cref="JourneyOptions.TypicalPathMinShare"/>).</summary>
    public required double MinShare { get; init; }

    /// <summary>The most common path of all journeys when it covers at least <see cref="MinShare"/> of them; else null (no dominant path).</summary>
    public PathVariant? Typical { get; init; }

    /// <summary>The most common path of the journeys that end in a purchase (shares of those journeys) when it covers at least <see cref="MinShare"/> of them; else null.</summary>
    public PathVariant? TypicalConverting { get; init; }

    /// <summary>The most common path of the journeys without a purchase (shares of those journeys) when it covers at least <see cref="MinShare"/> of them; else null.</summary>
    public PathVariant? TypicalAbandoned { get; init; }

    /// <summary>The journeys that end in a purchase.</summary>
    public required long ConvertingJourneys { get; init; }

    /// <summary>The journeys without a purchase.</summary>
    public required long AbandonedJourneys { get; init; }

    /// <summary>The most common paths of journeys that end in a purchase, up to <see cref="JourneyOptions.MaxVariants"/>; shares of those journeys.</summary>
    public required IReadOnlyList<PathVariant> Converting { get; init; }

    /// <summary>The most common paths of journeys without a purchase, up to <see cref="JourneyOptions.MaxVariants"/>; shares of those journeys.</summary>
    public required IReadOnlyList<PathVariant> Abandoned { get; init; }

    /// <summary>Where journeys start: each first touchpoint with its share of the journeys, most frequent first.</summary>
    public required IReadOnlyList<TouchpointShare> Entries { get; init; }

    /// <summary>Where people buy: the touchpoint of each conversion with its share of the conversions, most frequent first.</summary>
    public required IReadOnlyList<TouchpointShare> PurchaseTouchpoints { get; init; }
}
