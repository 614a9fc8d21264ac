namespace Personas.Profiling;

/// <summary>
/// One comparison of a persona with the rest of the customers, with its evidence. For a numeric feature the values
/// are means (and medians) in original units, the effect size is Hedges' g with a 95% confidence interval and the
/// p-value is Welch's two-sided t-test. For a categorical level the values are shares (0..1), the effect size is
/// Cohen's h with a 95% confidence interval and the p-value is the two-sided two-proportion z-test (the same as a
/// 2x2 chi-square test without continuity correction). <see cref="QValue"/> is the Benjamini-Hochberg adjusted
/// p-value over every test of the persona set.
/// </summary>
public sealed record Trait
{
    /// <summary>The feature (column) name.</summary>
    public required string Feature { get; init; }

    /// <summary>The level of a categorical feature (<c>yes</c> for a boolean one), or null for a numeric feature.</summary>
    public string? Level { get; init; }

    /// <summary>Numeric or categorical.</summary>
    public required TraitKind Kind { get; init; }

    /// <summary>Higher or lower in the persona than in the rest.</summary>
    public required TraitDirection Direction { get; init; }

    /// <summary>The persona's mean (numeric) or share of the level (categorical, 0..1).</summary>
    public required double PersonaValue { get; init; }

    /// <summary>The rest's mean (numeric) or share of the level (categorical, 0..1).</summary>
    public required double RestValue { get; init; }

    /// <summary>The persona's median (numeric only).</summary>
    public double? PersonaMedian { get; init; }

    /// <summary>The rest's median (numeric only).</summary>
    public double? RestMedian { get; init; }

    /// <summary>Hedges' g (numeric) or Cohen's h (categorical); positive when the persona has more.</summary>
    public required double EffectSize { get; init; }

    /// <summary>Lower end of the 95% confidence interval of the effect size.</summary>
    public required double CiLow { get; init; }

    /// <summary>Upper end of the 95% confidence interval of the effect size.</summary>
    public required double CiHigh { get; init; }

    /// <summary>The two-sided p-value of the test.</summary>
    public required double PValue { get; init; }

    /// <summary>The Benjamini-Hochberg adjusted p-value (q-value) over all tests of the persona set.</summary>
    public required double QValue { get; init; }

    /// <summary>
    /// The persona's value relative to all customers: share in the persona / share overall (categorical), or persona
    /// mean / overall mean when the overall mean is positive (numeric); null when undefined.
    /// </summary>
    public double? Lift { get; init; }

    /// <summary>Number of persona customers with a value for this feature.</summary>
    public int PersonaCount { get; init; }

    /// <summary>Number of other customers with a value for this feature.</summary>
    public int RestCount { get; init; }
}
