namespace Personas.Profiling;

/// <summary>
/// One outcome (a response, churn, a conversion, or a column known only after it) measured on one persona against the
/// rest of the customers: the rate of the outcome (or its mean), the ratio of the two, the 95% confidence interval of the
/// persona's value, the test's q-value, and the persona's share of all outcomes (and of their value).
/// </summary>
public sealed record OutcomeKpi
{
    /// <summary>The outcome column.</summary>
    public required string Outcome { get; init; }

    /// <summary>The level counted for a rate (<c>yes</c> for a yes/no column); null for a mean.</summary>
    public string? Level { get; init; }

    /// <summary>True for a rate (share of customers with the outcome), false for a mean.</summary>
    public required bool IsRate { get; init; }

    /// <summary>True when the column is known only after the outcome (for example a call's duration): shown for insight, never a cause.</summary>
    public bool IsLeakage { get; init; }

    /// <summary>The persona's rate (0..1) or mean.</summary>
    public required double PersonaValue { get; init; }

    /// <summary>The other customers' rate (0..1) or mean.</summary>
    public required double RestValue { get; init; }

    /// <summary>The persona's value divided by the rest's (for example 3.9 for 48.9% against 12.7%); null when the rest's value is 0 or negative.</summary>
    public double? Lift { get; init; }

    /// <summary>The lower end of the 95% confidence interval of <see cref="PersonaValue"/> (Wilson for a rate, Student's t for a mean).</summary>
    public required double CiLow { get; init; }

    /// <summary>The upper end of the 95% confidence interval of <see cref="PersonaValue"/>.</summary>
    public required double CiHigh { get; init; }

    /// <summary>The two-sided p-value of the persona against the rest (two-proportion z-test for a rate, Welch's t-test for a mean).</summary>
    public required double PValue { get; init; }

    /// <summary>The Benjamini-Hochberg q-value over every outcome test of the persona set.</summary>
    public required double QValue { get; init; }

    /// <summary>The persona's share of all customers with the outcome (a rate), or of the column's total (a mean of non-negative values); null when undefined.</summary>
    public double? ShareOfOutcome { get; init; }

    /// <summary>For a rate with a value column: the persona's share of the value held by all customers with the outcome (for example "74% of churned revenue"); else null.</summary>
    public double? ShareOfValue { get; init; }

    /// <summary>The persona's customers with a value for the outcome.</summary>
    public int PersonaCount { get; init; }

    /// <summary>The other customers with a value for the outcome.</summary>
    public int RestCount { get; init; }
}
