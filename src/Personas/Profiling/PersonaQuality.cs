namespace Personas.Profiling;

/// <summary>How well a persona stands apart, from the segmentation.</summary>
/// <param name="Silhouette">The mean silhouette of the persona's customers (-1..1), or null when not computed.</param>
/// <param name="Stability">How reliably the persona reappears in resamples (0..1, for example a Jaccard index), or null.</param>
public sealed record PersonaQuality(double? Silhouette, double? Stability)
{
    /// <summary>No quality measures.</summary>
    public static PersonaQuality None { get; } = new(null, null);
}
