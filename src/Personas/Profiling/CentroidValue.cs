namespace Personas.Profiling;

/// <summary>
/// One feature of a persona's representative profile in original units: mean and median for a numeric feature,
/// the most common level and its share for a categorical or boolean one. Describes the group, never a customer.
/// </summary>
public sealed record CentroidValue
{
    /// <summary>Numeric or categorical.</summary>
    public required TraitKind Kind { get; init; }

    /// <summary>The persona's mean (numeric only; null when every value is missing).</summary>
    public double? Mean { get; init; }

    /// <summary>The persona's median (numeric only; null when every value is missing).</summary>
    public double? Median { get; init; }

    /// <summary>The most common level (categorical only; null when every value is missing).</summary>
    public string? Level { get; init; }

    /// <summary>The share of the most common level among the persona's non-missing values (categorical only).</summary>
    public double? Share { get; init; }
}
