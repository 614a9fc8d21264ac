namespace Personas.Segmentation;

/// <summary>Which k-means implementation fits the clusters.</summary>
public enum KMeansEngine
{
    /// <summary>The library's own SIMD, thread-count-independent k-means (the default: faster at equal quality, see docs/benchmarks.md).</summary>
    Native,

    /// <summary>Microsoft.ML's <c>KMeansTrainer</c> (one run per restart, best inertia wins; labels are nearest centroids).</summary>
    MlNet,
}
