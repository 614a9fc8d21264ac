namespace Personas.Data;

/// <summary>One data-quality finding, with a count and a description in words. Reported, never silently clustered on.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Column">The column concerned, or null for whole rows or ids.</param>
/// <param name="Count">How many rows or values.</param>
/// <param name="Description">The finding and what was done about it, in words.</param>
public sealed record DataQualityIssue(DataQualityKind Kind, string? Column, int Count, string Description);
