namespace Personas.Charts;

/// <summary>The quality figures of one candidate number of personas, as plotted by
/// <see cref="PersonaCharts.ChoosingK(IReadOnlyList{KCandidate}, int)"/>.</summary>
/// <param name="K">The number of personas tried.</param>
/// <param name="Silhouette">The mean silhouette in [-1, 1] (higher = better separated), or NaN when not computed.</param>
/// <param name="Stability">The stability in [0, 1] (higher = the same personas come back on resampled data), or NaN.</param>
/// <param name="SmallestShare">The share of customers in the smallest persona, in [0, 1], or NaN.</param>
public sealed record KCandidate(int K, double Silhouette, double Stability, double SmallestShare);
