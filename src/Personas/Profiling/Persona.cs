namespace Personas.Profiling;

/// <summary>
/// One persona: size, value, representative profile, distinguishing traits with evidence, name, narrative and
/// quality. Describes a group of customers, never an individual. Immutable.
/// </summary>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record Persona
{
    /// <summary>The stable id, <c>P1</c>..<c>Pk</c> in label order (P1 = label 0 = the largest persona).</summary>
    public required string Id { get; init; }

    /// <summary>The short, distinct name (generated from the top traits, or the user's override).</summary>
    public required string Name { get; init; }

    /// <summary>A one-line description (generated, or the user's override).</summary>
    public required string Tagline { get; init; }

    /// <summary>The number of customers.</summary>
    public required int Size { get; init; }

    /// <summary>The share of all customers (0..1).</summary>
    public required double Share { get; init; }

    /// <summary>The share of the total value (for example revenue) when a value column is known, else null.</summary>
    public double? ValueShare { get; init; }

    /// <summary>Value per customer in this persona divided by value per customer overall, or null.</summary>
    public double? ValuePerCustomerRatio { get; init; }

    /// <summary>The representative profile: feature -> value in original units, in column order (empty when not detailed).</summary>
    public required IReadOnlyDictionary<string, CentroidValue> Centroid { get; init; }

    /// <summary>The distinguishing traits: significant and not negligible, "higher" ones first, each group by decreasing |effect size|.</summary>
    public required IReadOnlyList<Trait> Traits { get; init; }

    /// <summary>Every comparison made for this persona (every numeric feature and categorical level), in column order.</summary>
    public required IReadOnlyList<Trait> Comparisons { get; init; }

    /// <summary>The outcomes (response, churn, conversion...) measured on this persona against the rest; empty when there are none or the persona is not described in detail.</summary>
    public IReadOnlyList<OutcomeKpi> Outcomes { get; init; } = [];

    /// <summary>Sentences describing the persona, each tied to a statistic shown on the card.</summary>
    public required IReadOnlyList<string> Narrative { get; init; }

    /// <summary>Silhouette and stability from the segmentation.</summary>
    public required PersonaQuality Quality { get; init; }

    /// <summary>Warnings about this persona (small size, weak separation, instability...).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>False when the persona is smaller than the minimum size: then it has only its size and a note.</summary>
    public required bool IsDetailed { get; init; }

    /// <summary>The traits where the persona has more than the rest.</summary>
    public IEnumerable<Trait> HigherTraits => Traits.Where(t => t.Direction == TraitDirection.Higher);

    /// <summary>The traits where the persona has less than the rest.</summary>
    public IEnumerable<Trait> LowerTraits => Traits.Where(t => t.Direction == TraitDirection.Lower);
}
