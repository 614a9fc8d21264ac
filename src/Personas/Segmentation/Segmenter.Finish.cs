using System.Globalization;
using Personas.Features;

namespace Personas.Segmentation;

/// <content>Tiny clusters, quality and warnings of the chosen clustering.</content>
public static partial class Segmenter
{
    /// <summary>The weak-structure warning, naming only the measure that is weak (and the other when it is fine).</summary>
    internal static string WeakStructureWarning(double silhouette, double stability)
    {
        var weakSilhouette = silhouette < WeakSilhouette;
        var weakStability = stability < WeakStability;
        var what = (weakSilhouette, weakStability) switch
        {
            (true, true) => $"silhouette {F(silhouette)} is below {F(WeakSilhouette)} and stability {F(stability)} is below {F(WeakStability)}",
            (true, false) when double.IsNaN(stability) => $"silhouette {F(silhouette)} is below {F(WeakSilhouette)}",
            (true, false) => $"silhouette {F(silhouette)} is below {F(WeakSilhouette)}, although the personas are stable (stability {F(stability)})",
            _ => $"stability {F(stability)} is below {F(WeakStability)} (the personas change when customers are resampled), although silhouette is {F(silhouette)}",
        };
        var meaning = weakSilhouette
            ? "The customers do not fall into clearly separated groups; read the personas as tendencies, not types."
            : "Another sample of the same customers could give different personas; treat them with care.";
        return $"Weak structure: {what}. {meaning}";
    }

    private static SegmentationResult Finish(FeatureMatrix features, Candidate chosen, KSelectionReport selection, SegmentationOptions o, List<string> warnings, CancellationToken ct)
    {
        var (x, n, d) = (features.Data, features.Rows, features.Columns);
        var k = chosen.K;
        var centroids = chosen.Centroids;
        var labels = chosen.Labels;
        var score = chosen.Score;
        var clusterSilhouette = chosen.ClusterSilhouette;
        var sizes = Sizes(labels, k);
        var tiny = Enumerable.Range(0, k).Where(j => (double)sizes[j] / n < o.MinShare).ToArray();
        if (tiny.Length > 0 && o.TinyClusters == TinyClusterPolicy.Merge)
        {
            if (k - tiny.Length >= 2)
            {
                foreach (var j in tiny)
                {
                    warnings.Add($"Cluster {j} ({sizes[j]} rows, {Pct(sizes[j], n)}) was below the minimum share {F(o.MinShare * 100)}% and was merged into the nearest remaining clusters.");
                }

                (centroids, labels) = Merge(x, n, d, centroids, labels, k, tiny);
                k -= tiny.Length;
                var inertia = Inertia(x, n, d, centroids, labels);
                var (sil, per, sample) = SilhouetteScore.Compute(x, n, d, labels, k, o, ct);
                var (ch, db) = ClusterMetrics.Indices(x, n, d, labels, k, o.MaxDegreeOfParallelism, ct);
                score = score with
                {
                    K = k,
                    Inertia = inertia,
                    Silhouette = sil,
                    SilhouetteSampleSize = sample,
                    CalinskiHarabasz = ch,
                    DaviesBouldin = db,
                    Stability = StabilityResult.MeanAri(chosen.Stability.Resamples, labels, k),
                };
                clusterSilhouette = per;
                sizes = Sizes(labels, k);
                tiny = [];
            }
            else
            {
                warnings.Add($"Tiny clusters were not merged: merging would leave fewer than 2 clusters.");
            }
        }

        foreach (var j in tiny)
        {
            warnings.Add($"Cluster {j} holds only {sizes[j]} rows ({Pct(sizes[j], n)}), below the minimum share {F(o.MinShare * 100)}%: an outlier group, not a persona.");
        }

        var jaccard = StabilityResult.ClusterJaccard(chosen.Stability.Resamples, labels, k);
        var perCluster = Enumerable.Range(0, k)
            .Select(j => new ClusterQuality(j, sizes[j], (double)sizes[j] / n, clusterSilhouette[j], jaccard[j], (double)sizes[j] / n < o.MinShare))
            .ToArray();
        var qualityWarnings = new List<string>();
        if (score.Silhouette < WeakSilhouette || score.Stability < WeakStability)
        {
            qualityWarnings.Add(WeakStructureWarning(score.Silhouette, score.Stability));
        }

        qualityWarnings.AddRange(tiny.Select(j => $"Cluster {j} is a tiny outlier group ({Pct(sizes[j], n)})."));
        warnings.AddRange(qualityWarnings.Where(w => w.StartsWith("Weak", StringComparison.Ordinal)));
        var quality = new SegmentationQuality(score.Silhouette, score.SilhouetteSampleSize, score.Stability, score.DaviesBouldin, score.CalinskiHarabasz, score.Inertia, qualityWarnings, perCluster);
        return new SegmentationResult(k, labels, centroids, d, selection, quality, warnings, o.Seed, o.Engine);
    }

    private static (float[] Centroids, int[] Labels) Merge(float[] x, int n, int d, float[] centroids, int[] labels, int k, int[] tiny)
    {
        var keep = Enumerable.Range(0, k).Except(tiny).ToArray();
        var kept = new float[keep.Length * d];
        for (var t = 0; t < keep.Length; t++)
        {
            Array.Copy(centroids, keep[t] * d, kept, t * d, d);
        }

        var remap = new int[k];
        Array.Fill(remap, -1);
        for (var t = 0; t < keep.Length; t++)
        {
            remap[keep[t]] = t;
        }

        var merged = new int[n];
        for (var i = 0; i < n; i++)
        {
            merged[i] = remap[labels[i]] >= 0 ? remap[labels[i]] : Kernels.Nearest(new ReadOnlySpan<float>(x, i * d, d), kept, keep.Length, out _);
        }

        var sums = new double[keep.Length * d];
        var counts = new long[keep.Length];
        for (var i = 0; i < n; i++)
        {
            counts[merged[i]]++;
            Kernels.AddTo(new ReadOnlySpan<float>(x, i * d, d), sums.AsSpan(merged[i] * d, d));
        }

        for (var t = 0; t < sums.Length; t++)
        {
            kept[t] = (float)(sums[t] / counts[t / d]);
        }

        return Canonical.Order(kept, merged, keep.Length, d);
    }

    private static double Inertia(float[] x, int n, int d, float[] centroids, int[] labels)
    {
        double s = 0;
        for (var i = 0; i < n; i++)
        {
            s += Kernels.SquaredDistance(new ReadOnlySpan<float>(x, i * d, d), new ReadOnlySpan<float>(centroids, labels[i] * d, d));
        }

        return s;
    }

    private static int[] Sizes(int[] labels, int k)
    {
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        return sizes;
    }

    private static string Pct(int count, int n) => (100.0 * count / n).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
