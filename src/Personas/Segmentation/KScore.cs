namespace Personas.Segmentation;

/// <summary>The scores of one candidate number of clusters.</summary>
/// <param name="K">The number of clusters.</param>
/// <param name="Inertia">The within-cluster sum of squared distances.</param>
/// <param name="Silhouette">The mean silhouette (higher is better, -1..1).</param>
/// <param name="SilhouetteSampleSize">The rows of the stratified sample the silhouette was computed on, or null when exact over all rows.</param>
/// <param name="CalinskiHarabasz">The Calinski-Harabasz index (higher is better).</param>
/// <param name="DaviesBouldin">The Davies-Bouldin index (lower is better).</param>
/// <param name="Stability">The mean adjusted Rand index between the clustering and refits on resamples (1 = identical).</param>
/// <param name="SmallestShare">The share of rows in the smallest cluster.</param>
public sealed record KScore(int K, double Inertia, double Silhouette, int? SilhouetteSampleSize, double CalinskiHarabasz, double DaviesBouldin, double Stability, double SmallestShare)
{
    /// <summary>The bootstrap standard error of <see cref="Silhouette"/> over the customers (its noise); NaN when not measured.</summary>
    public double SilhouetteNoise { get; init; } = double.NaN;

    /// <summary>The number of customers in the smallest cluster.</summary>
    public int SmallestSize { get; init; }
}
