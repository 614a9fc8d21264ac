namespace Personas.Samples;

/// <summary>How one persona's journeys through the five stages are drawn.</summary>
internal sealed record JourneySpec
{
    /// <summary>Probability of a second journey in the year.</summary>
    public required double SecondJourney { get; init; }

    /// <summary>Need-recognition touchpoints and weights.</summary>
    public required IReadOnlyList<(string Touchpoint, double Weight)> Entry { get; init; }

    /// <summary>Information-search touchpoints and weights.</summary>
    public required IReadOnlyList<(string Touchpoint, double Weight)> Search { get; init; }

    public required int SearchMin { get; init; }

    public required int SearchMax { get; init; }

    /// <summary>Longest gap between two search events, in hours.</summary>
    public required double SearchGapHours { get; init; }

    /// <summary>Probability that a journey ends after the search without a purchase.</summary>
    public required double Drop { get; init; }

    /// <summary>Purchase touchpoints (website, app, store) and weights.</summary>
    public required IReadOnlyList<(string Touchpoint, double Weight)> Buy { get; init; }

    public required double Repurchase { get; init; }

    /// <summary>Median hours from an online purchase to its delivery.</summary>
    public required double DeliveryHours { get; init; }

    /// <summary>The touchpoint where this persona drops off, or null.</summary>
    public string? Bottleneck { get; init; }

    /// <summary>Probability that a journey that reaches <see cref="Bottleneck"/> ends there.</summary>
    public double BottleneckDrop { get; init; }
}
