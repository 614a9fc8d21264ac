namespace Personas.Profiling;

/// <summary>Per-persona quality handed over by the segmentation, in label order.</summary>
/// <param name="Silhouette">The mean silhouette of the persona's customers, or null.</param>
/// <param name="Stability">The persona's stability across resamples (0..1), or null.</param>
/// <param name="Warnings">Warnings about this persona (for example <c>unstable across resamples</c>), or null.</param>
public sealed record PersonaQualityInput(double? Silhouette, double? Stability, IReadOnlyList<string>? Warnings = null);
