namespace Personas.Journeys;

/// <summary>An edge of the directly-follows graph: how often one touchpoint is directly followed by another, and the time between them (as process-mining tools define it).</summary>
/// <param name="From">The source touchpoint.</param>
/// <param name="To">The target touchpoint.</param>
/// <param name="Count">How often <paramref name="From"/> is directly followed by <paramref name="To"/> within a journey.</param>
/// <param name="Relative">Count over the number of occurrences of the source touchpoint.</param>
/// <param name="MeanSeconds">The mean time between the two events.</param>
/// <param name="MedianSeconds">The median time (mean of the two middle values for an even count).</param>
/// <param name="MinSeconds">The shortest time.</param>
/// <param name="MaxSeconds">The longest time.</param>
/// <param name="SumSeconds">The total time.</param>
/// <param name="StdevSeconds">The sample standard deviation (n - 1; 0 for a single occurrence).</param>
public sealed record DfgEdge(string From, string To, long Count, double Relative, double MeanSeconds, double MedianSeconds, double MinSeconds, double MaxSeconds, double SumSeconds, double StdevSeconds);
