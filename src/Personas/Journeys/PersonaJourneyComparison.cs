namespace Personas.Journeys;

/// <summary>How one persona's journeys differ from the other personas', with sentences for the persona card.</summary>
public sealed record PersonaJourneyComparison
{
    /// <summary>The persona id.</summary>
    public required string PersonaId { get; init; }

    /// <summary>The persona's journeys.</summary>
    public required long Journeys { get; init; }

    /// <summary>The share of its journeys without a conversion.</summary>
    public required double NeverConvertShare { get; init; }

    /// <summary>The non-final stage where it loses the most journeys (largest drop-off count), or null.</summary>
    public string? LosesMostAtStage { get; init; }

    /// <summary>The drop-off share at <see cref="LosesMostAtStage"/>.</summary>
    public double LosesMostAtStageShare { get; init; }

    /// <summary>The touchpoint where its non-converting journeys most often end, or null.</summary>
    public string? DropOffTouchpoint { get; init; }

    /// <summary>The share of its non-converting journeys that end at <see cref="DropOffTouchpoint"/>.</summary>
    public double DropOffTouchpointShare { get; init; }

    /// <summary>Its most frequent path.</summary>
    public required IReadOnlyList<string> TypicalPath { get; init; }

    /// <summary>The share of its journeys following the typical path.</summary>
    public required double TypicalPathShare { get; init; }

    /// <summary>The stage with the longest median wait, when flagged as a long wait; else null.</summary>
    public string? LongWaitStage { get; init; }

    /// <summary>The median wait after <see cref="LongWaitStage"/>, in seconds.</summary>
    public double LongWaitMedianSeconds { get; init; }

    /// <summary>Touchpoints and transitions whose share differs significantly (BH-adjusted q below the significance level), strongest first.</summary>
    public required IReadOnlyList<JourneyDifference> Differences { get; init; }

    /// <summary>Ready-made sentences naming the persona by its id (use <see cref="Describe"/> for a display name).</summary>
    public IReadOnlyList<string> Sentences => Describe(PersonaId);

    /// <summary>Sentences for a persona card, for example "Premium researchers drop off at comparison_sites; 38% never reach purchase."</summary>
    /// <param name="personaName">The name to use for the persona (plural noun phrase).</param>
    /// <returns>The sentences.</returns>
    public IReadOnlyList<string> Describe(string personaName) => JourneySentences.Describe(this, personaName);
}
