using Personas.Features;

namespace Personas.Segmentation;

/// <summary>
/// Clustering quality metrics with scikit-learn's definitions (<c>silhouette_score</c>, <c>calinski_harabasz_score</c>,
/// <c>davies_bouldin_score</c>, <c>adjusted_rand_score</c>). Labels may be any non-negative integers.
/// </summary>
public static class ClusterMetrics
{
    /// <summary>The exact mean silhouette over all rows: per row <c>(b - a) / max(a, b)</c> with <c>a</c> the mean distance to the rest of its cluster and <c>b</c> the smallest mean distance to another cluster; 0 for a row alone in its cluster. O(n^2) time, O(n d) memory.</summary>
    /// <param name="features">The rows.</param>
    /// <param name="labels">The cluster of each row.</param>
    /// <returns>The mean silhouette.</returns>
    /// <exception cref="ArgumentException">The label count differs from the rows, a label is negative, or there are fewer than 2 or more than n - 1 clusters.</exception>
    public static double Silhouette(FeatureMatrix features, IReadOnlyList<int> labels) => SilhouetteSamples(features, labels).Average();

    /// <summary>The silhouette of each row (see <see cref="Silhouette"/>).</summary>
    /// <param name="features">The rows.</param>
    /// <param name="labels">The cluster of each row.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Silhouette"/>.</exception>
    public static IReadOnlyList<double> SilhouetteSamples(FeatureMatrix features, IReadOnlyList<int> labels)
    {
        var (compact, k) = Compact(features, labels);
        if (k < 2 || k > features.Rows - 1)
        {
            throw new ArgumentException($"The silhouette needs 2 to n - 1 = {features.Rows - 1} clusters, found {k}.", nameof(labels));
        }

        return SilhouetteKernel.Samples(features.Data, features.Rows, features.Columns, compact, k, null, CancellationToken.None);
    }

    /// <summary>The Calinski-Harabasz index: between-cluster dispersion / (k - 1) over within-cluster dispersion / (n - k); 1 when the within dispersion is 0.</summary>
    /// <param name="features">The rows.</param>
    /// <param name="labels">The cluster of each row.</param>
    /// <returns>The index (higher is better).</returns>
    /// <exception cref="ArgumentException">The label count differs from the rows, a label is negative, or there are fewer than 2 or more than n - 1 clusters.</exception>
    public static double CalinskiHarabasz(FeatureMatrix features, IReadOnlyList<int> labels)
    {
        var (compact, k) = Compact(features, labels);
        RequireClusters(features, k);
        return CalinskiHarabasz(ClusterDispersion.Compute(features.Data, features.Rows, features.Columns, compact, k, null, CancellationToken.None), features.Rows);
    }

    /// <summary>The Davies-Bouldin index: the mean over clusters of the largest <c>(s_i + s_j) / d(c_i, c_j)</c>, with <c>s</c> the mean distance of a cluster's rows to its centroid; 0 when every <c>s</c> or every centroid distance is 0.</summary>
    /// <param name="features">The rows.</param>
    /// <param name="labels">The cluster of each row.</param>
    /// <returns>The index (lower is better).</returns>
    /// <exception cref="ArgumentException">As for <see cref="CalinskiHarabasz(FeatureMatrix, IReadOnlyList{int})"/>.</exception>
    public static double DaviesBouldin(FeatureMatrix features, IReadOnlyList<int> labels)
    {
        var (compact, k) = Compact(features, labels);
        RequireClusters(features, k);
        return DaviesBouldin(ClusterDispersion.Compute(features.Data, features.Rows, features.Columns, compact, k, null, CancellationToken.None));
    }

    /// <summary>Both indices from one dispersion computation (labels already 0 to k - 1, every cluster non-empty); NaN when undefined (fewer than 2 or more than n - 1 clusters).</summary>
    internal static (double CalinskiHarabasz, double DaviesBouldin) Indices(float[] x, int n, int d, int[] labels, int k, int? maxDop, CancellationToken ct)
    {
        var dispersion = ClusterDispersion.Compute(x, n, d, labels, k, maxDop, ct);
        var nonEmpty = dispersion.Counts.Count(c => c > 0);
        return nonEmpty < 2 || nonEmpty > n - 1 ? (double.NaN, double.NaN) : (CalinskiHarabasz(dispersion, n), DaviesBouldin(dispersion));
    }

    private static double CalinskiHarabasz(ClusterDispersion dispersion, int n)
    {
        var (means, counts) = (dispersion.Means, dispersion.Counts);
        var k = counts.Count(c => c > 0);
        var d = means[0].Length;
        var grand = new double[d];
        for (var j = 0; j < means.Length; j++)
        {
            for (var f = 0; f < d; f++)
            {
                grand[f] += means[j][f] * counts[j] / n;
            }
        }

        double between = 0;
        for (var j = 0; j < means.Length; j++)
        {
            for (var f = 0; f < d; f++)
            {
                between += counts[j] * (means[j][f] - grand[f]) * (means[j][f] - grand[f]);
            }
        }

        var within = dispersion.Within;
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }

    private static double DaviesBouldin(ClusterDispersion dispersion)
    {
        var (means, spread) = (dispersion.Means, dispersion.Spread);
        var live = Enumerable.Range(0, means.Length).Where(j => dispersion.Counts[j] > 0).ToArray();
        var k = live.Length;
        var d = means[0].Length;
        var gaps = new double[k, k];
        var anyGap = false;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                double s = 0;
                for (var f = 0; f < d; f++)
                {
                    var v = means[live[a]][f] - means[live[b]][f];
                    s += v * v;
                }

                gaps[a, b] = Math.Sqrt(s);
                anyGap |= gaps[a, b] > 1e-15;
            }
        }

        if (live.All(j => spread[j] < 1e-15) || !anyGap)
        {
            return 0;
        }

        double total = 0;
        for (var a = 0; a < k; a++)
        {
            double worst = 0;
            for (var b = 0; b < k; b++)
            {
                if (a != b && gaps[a, b] > 0)
                {
                    worst = Math.Max(worst, (spread[live[a]] + spread[live[b]]) / gaps[a, b]);
                }
            }

            total += worst;
        }

        return total / k;
    }

    /// <summary>The adjusted Rand index of two labelings of the same rows (1 = identical up to renaming, about 0 = chance), from the pair confusion matrix as scikit-learn computes it.</summary>
    /// <param name="a">The first labeling.</param>
    /// <param name="b">The second labeling.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The lengths differ or a label is negative.</exception>
    public static double AdjustedRandIndex(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"Both labelings must have the same length, found {a.Count} and {b.Count}.", nameof(b));
        }

        var (ca, ka) = Compact(a, nameof(a));
        var (cb, kb) = Compact(b, nameof(b));
        return Ari(ca, ka, cb, kb);
    }

    internal static double Ari(int[] a, int ka, int[] b, int kb)
    {
        var table = new Dictionary<long, long>();
        var rowSums = new double[ka];
        var colSums = new double[kb];
        for (var i = 0; i < a.Length; i++)
        {
            var key = ((long)a[i] * kb) + b[i];
            table[key] = table.GetValueOrDefault(key) + 1;
            rowSums[a[i]]++;
            colSums[b[i]]++;
        }

        double n = a.Length;
        var sumSquares = table.Values.Sum(v => (double)v * v);
        var tp = sumSquares - n;
        var fp = colSums.Sum(v => v * v) - sumSquares;
        var fn = rowSums.Sum(v => v * v) - sumSquares;
        var tn = (n * n) - fp - fn - sumSquares;
        if (fn == 0 && fp == 0)
        {
            return 1.0;
        }

        return 2.0 * ((tp * tn) - (fn * fp)) / (((tp + fn) * (fn + tn)) + ((tp + fp) * (fp + tn)));
    }

    internal static (int[] Labels, int K) Compact(IReadOnlyList<int> labels, string name)
    {
        var max = -1;
        foreach (var l in labels)
        {
            if (l < 0)
            {
                throw new ArgumentException($"Labels must be >= 0, found {l}.", name);
            }

            max = Math.Max(max, l);
        }

        if (max > (4L * labels.Count) + 1024)
        {
            // Sparse large label values: map them through a sorted dictionary instead of an array.
            var sorted = labels.Distinct().Order().Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
            return (labels.Select(l => sorted[l]).ToArray(), sorted.Count);
        }

        // Labels are small non-negative integers: map them to 0..k-1 in increasing order with an array.
        var map = new int[max + 1];
        foreach (var l in labels)
        {
            map[l] = 1;
        }

        var k = 0;
        for (var v = 0; v <= max; v++)
        {
            map[v] = map[v] == 1 ? k++ : -1;
        }

        var result = new int[labels.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map[labels[i]];
        }

        return (result, k);
    }

    private static (int[] Labels, int K) Compact(FeatureMatrix features, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != features.Rows)
        {
            throw new ArgumentException($"Expected {features.Rows} labels, found {labels.Count}.", nameof(labels));
        }

        return Compact(labels, nameof(labels));
    }

    private static void RequireClusters(FeatureMatrix features, int k)
    {
        if (k < 2 || k > features.Rows - 1)
        {
            throw new ArgumentException($"The index needs 2 to n - 1 = {features.Rows - 1} clusters, found {k}.", "labels");
        }
    }
}
