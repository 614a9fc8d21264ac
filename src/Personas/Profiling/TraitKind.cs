namespace Personas.Profiling;

/// <summary>Whether a trait compares a numeric feature or one level of a categorical feature.</summary>
public enum TraitKind
{
    /// <summary>A numeric feature (also dates as days since): means, medians, Hedges' g, Welch's t-test.</summary>
    Numeric,

    /// <summary>One level of a categorical or boolean feature: shares, lift, Cohen's h, two-proportion z-test.</summary>
    Categorical,
}
