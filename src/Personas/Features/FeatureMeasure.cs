namespace Personas.Features;

/// <summary>What a feature's mean over a group of customers says in the data's own units.</summary>
public enum FeatureMeasure
{
    /// <summary>The mean of a numeric column, in its units (for example EUR, years).</summary>
    Mean,

    /// <summary>A typical value of a <c>log1p</c>-transformed column: <c>exp(mean of log(1 + x)) - 1</c>, a geometric mean, in the column's units.</summary>
    TypicalValue,

    /// <summary>The share (0..1) of customers with a level of a categorical column or "yes" in a boolean one.</summary>
    Share,

    /// <summary>The share (0..1) of customers whose value of the column is missing.</summary>
    MissingShare,
}
