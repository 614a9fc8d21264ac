namespace Personas.Profiling;

/// <summary>An outcome over all customers: what it counts, its overall rate or mean, and why it is an outcome.</summary>
/// <param name="Outcome">The outcome column.</param>
/// <param name="Level">The level counted for a rate, or null for a mean.</param>
/// <param name="IsRate">True for a rate, false for a mean.</param>
/// <param name="IsLeakage">True when the column is known only after the outcome.</param>
/// <param name="Overall">The rate (0..1) or mean over all customers with a value.</param>
/// <param name="Count">The customers with a value.</param>
/// <param name="Reason">Why the column is an outcome, in words.</param>
public sealed record OutcomeSummary(string Outcome, string? Level, bool IsRate, bool IsLeakage, double Overall, int Count, string Reason);
