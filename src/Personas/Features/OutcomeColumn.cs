namespace Personas.Features;

/// <summary>
/// A column that records an outcome (a response, churn, a conversion) or is known only after it (a call's duration): it
/// is not clustered on, and every persona card shows it as a KPI instead (rate or mean in the persona against the rest).
/// </summary>
public sealed record OutcomeColumn
{
    /// <summary>The column name.</summary>
    public required string Name { get; init; }

    /// <summary>True for a yes/no outcome (shown as a rate of <see cref="PositiveLevel"/>), false for a number (shown as a mean).</summary>
    public required bool IsBinary { get; init; }

    /// <summary>The level counted as the outcome for a yes/no or two-level column (<c>yes</c> for a boolean column); null for a number.</summary>
    public string? PositiveLevel { get; init; }

    /// <summary>True when the column is known only after the outcome (leakage), such as the duration of the sales call.</summary>
    public bool IsLeakage { get; init; }

    /// <summary>Why the column is an outcome, in words.</summary>
    public required string Reason { get; init; }
}
