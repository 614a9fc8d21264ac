using Personas.Segmentation;

namespace Personas.Model;

/// <summary>
/// Per cluster of a feature matrix: size, mean and (population) standard deviation of every feature, and the 99th
/// percentile of the members' distances to a given centroid. Sums run in row order, so the result is deterministic.
/// </summary>
internal sealed class ClusterSummary
{
    private ClusterSummary(int k, int dimension, int[] sizes, double[] means, double[] sds)
    {
        K = k;
        Dimension = dimension;
        Sizes = sizes;
        Means = means;
        StandardDeviations = sds;
    }

    /// <summary>The number of clusters.</summary>
    public int K { get; }

    /// <summary>The feature count.</summary>
    public int Dimension { get; }

    /// <summary>Members per cluster.</summary>
    public int[] Sizes { get; }

    /// <summary>Row-major <c>k x dimension</c> means (0 for an empty cluster).</summary>
    public double[] Means { get; }

    /// <summary>Row-major <c>k x dimension</c> population standard deviations (0 for an empty cluster).</summary>
    public double[] StandardDeviations { get; }

    /// <summary>Summarises the rows of <paramref name="values"/> (row-major, <c>labels.Length x dimension</c>) by label.</summary>
    /// <exception cref="ArgumentException">A label is outside 0..k-1 or the sizes disagree.</exception>
    public static ClusterSummary Compute(ReadOnlySpan<float> values, int dimension, ReadOnlySpan<int> labels, int k)
    {
        if (values.Length != labels.Length * dimension)
        {
            throw new ArgumentException($"Expected {labels.Length * dimension} values for {labels.Length} rows of {dimension} features, found {values.Length}.", nameof(values));
        }

        var sizes = new int[k];
        var sums = new double[k * dimension];
        var squares = new double[k * dimension];
        for (var i = 0; i < labels.Length; i++)
        {
            var c = labels[i];
            if ((uint)c >= (uint)k)
            {
                throw new ArgumentException($"Label {c} of row {i} is outside 0..{k - 1}.", nameof(labels));
            }

            sizes[c]++;
            var row = values.Slice(i * dimension, dimension);
            var offset = c * dimension;
            for (var f = 0; f < dimension; f++)
            {
                sums[offset + f] += row[f];
                squares[offset + f] += (double)row[f] * row[f];
            }
        }

        var means = new double[k * dimension];
        var sds = new double[k * dimension];
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0)
            {
                continue;
            }

            for (var f = 0; f < dimension; f++)
            {
                var j = (c * dimension) + f;
                var mean = sums[j] / sizes[c];
                means[j] = mean;
                sds[j] = Math.Sqrt(Math.Max(0, (squares[j] / sizes[c]) - (mean * mean)));
            }
        }

        return new ClusterSummary(k, dimension, sizes, means, sds);
    }

    /// <summary>
    /// Per cluster, the 99th percentile (linear interpolation between closest ranks, as numpy's default) of the members'
    /// Euclidean distances to <paramref name="centroids"/>; 0 for an empty cluster.
    /// </summary>
    public static float[] DistancePercentile(ReadOnlySpan<float> values, int dimension, ReadOnlySpan<int> labels, ReadOnlySpan<float> centroids, int k, double percentile = 0.99)
    {
        var distances = new List<float>[k];
        for (var c = 0; c < k; c++)
        {
            distances[c] = [];
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var c = labels[i];
            var s = Kernels.SquaredDistance(values.Slice(i * dimension, dimension), centroids.Slice(c * dimension, dimension));
            distances[c].Add(MathF.Sqrt(s));
        }

        var result = new float[k];
        for (var c = 0; c < k; c++)
        {
            result[c] = (float)Percentile(distances[c], percentile);
        }

        return result;
    }

    /// <summary>The percentile of a list (sorted in place) by linear interpolation; 0 when empty.</summary>
    internal static double Percentile(List<float> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var h = (values.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, values.Count - 1);
        return values[lo] + ((h - lo) * (values[hi] - values[lo]));
    }
}
