namespace Personas.Segmentation;

/// <summary>One evaluated k: the canonical clustering, its scores, per-cluster silhouettes and the stability refits.</summary>
internal sealed record Candidate(int K, float[] Centroids, int[] Labels, KScore Score, double[] ClusterSilhouette, StabilityResult Stability);
