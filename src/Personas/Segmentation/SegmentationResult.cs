namespace Personas.Segmentation;

/// <summary>
/// The result of <see cref="Segmenter.Fit"/>: labels in canonical order (cluster 0 is the largest; equal sizes are
/// ordered by their centroids, compared feature by feature), centroids in feature space, sizes, how k was chosen and
/// the quality. Immutable.
/// </summary>
public sealed class SegmentationResult
{
    internal SegmentationResult(int k, int[] labels, float[] centroids, int dimension, KSelectionReport selection, SegmentationQuality quality, IReadOnlyList<string> warnings, int seed, KMeansEngine engine)
    {
        K = k;
        Labels = labels;
        Dimension = dimension;
        var rows = new IReadOnlyList<float>[k];
        for (var j = 0; j < k; j++)
        {
            rows[j] = centroids.AsSpan(j * dimension, dimension).ToArray();
        }

        Centroids = rows;
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        Sizes = sizes;
        KSelection = selection;
        Quality = quality;
        Warnings = warnings;
        Seed = seed;
        Engine = engine;
    }

    /// <summary>The number of clusters (after any tiny-cluster merge).</summary>
    public int K { get; }

    /// <summary>The 0-based cluster of each row.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The centroid of each cluster in feature space (<see cref="K"/> x <see cref="Dimension"/>).</summary>
    public IReadOnlyList<IReadOnlyList<float>> Centroids { get; }

    /// <summary>The number of features.</summary>
    public int Dimension { get; }

    /// <summary>The number of rows in each cluster (non-increasing).</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>How k was chosen, with every candidate's scores.</summary>
    public KSelectionReport KSelection { get; }

    /// <summary>The quality of the final clustering.</summary>
    public SegmentationQuality Quality { get; }

    /// <summary>Every warning and automatic decision (k fallback, weak structure, tiny clusters, merges), in words.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The seed used.</summary>
    public int Seed { get; }

    /// <summary>The engine that fitted the clusters.</summary>
    public KMeansEngine Engine { get; }
}
