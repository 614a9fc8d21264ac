namespace Personas.Segmentation;

/// <summary>The quality of one cluster.</summary>
/// <param name="Cluster">The 0-based cluster index (canonical order).</param>
/// <param name="Size">The number of rows.</param>
/// <param name="Share">The share of all rows.</param>
/// <param name="Silhouette">The mean silhouette of its rows (over the sample when the silhouette is sampled).</param>
/// <param name="Stability">The mean best Jaccard similarity of the cluster with a cluster of each resample refit (Hennig's clusterwise stability).</param>
/// <param name="Tiny">True when it holds less than <see cref="SegmentationOptions.MinShare"/>: an outlier group, not a persona.</param>
public sealed record ClusterQuality(int Cluster, int Size, double Share, double Silhouette, double Stability, bool Tiny);
