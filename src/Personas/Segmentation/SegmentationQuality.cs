namespace Personas.Segmentation;

/// <summary>The quality of the final clustering, overall and per cluster.</summary>
/// <param name="Silhouette">The mean silhouette.</param>
/// <param name="SilhouetteSampleSize">The sample size when the silhouette was sampled, else null.</param>
/// <param name="Stability">The mean adjusted Rand index over resample refits.</param>
/// <param name="DaviesBouldin">The Davies-Bouldin index.</param>
/// <param name="CalinskiHarabasz">The Calinski-Harabasz index.</param>
/// <param name="Inertia">The within-cluster sum of squares.</param>
/// <param name="Warnings">Quality warnings (weak structure, tiny clusters), in words.</param>
/// <param name="PerCluster">The quality of each cluster, in cluster order.</param>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record SegmentationQuality(double Silhouette, int? SilhouetteSampleSize, double Stability, double DaviesBouldin, double CalinskiHarabasz, double Inertia, IReadOnlyList<string> Warnings, IReadOnlyList<ClusterQuality> PerCluster);
