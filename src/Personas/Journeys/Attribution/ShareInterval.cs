namespace Personas.Journeys.Attribution;

/// <summary>A bootstrap percentile confidence interval of a touchpoint's share of the conversions.</summary>
/// <param name="Lower">The lower bound (a share from 0 to 1).</param>
/// <param name="Upper">The upper bound (a share from 0 to 1).</param>
public readonly record struct ShareInterval(double Lower, double Upper);
