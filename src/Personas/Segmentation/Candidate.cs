namespace Personas.Segmentation;

/// <summary>
/// One evaluated k: the canonical clustering, its scores, per-cluster silhouettes and the stability refits. Labels are
/// kept as bytes (k is at most <see cref="SegmentationOptions.MaxK"/>), so holding every candidate of an auto-k sweep
/// costs one byte per row and candidate.
/// </summary>
internal sealed record Candidate(int K, float[] Centroids, byte[] PackedLabels, KScore Score, double[] ClusterSilhouette, StabilityResult Stability)
{
    /// <summary>The labels, unpacked.</summary>
    public int[] Labels => Array.ConvertAll(PackedLabels, l => (int)l);

    /// <summary>Packs labels of at most 256 clusters into bytes.</summary>
    public static byte[] Pack(int[] labels) => Array.ConvertAll(labels, l => checked((byte)l));
}
