namespace Personas.Segmentation;

/// <summary>
/// Stability of a clustering: refit k-means on resamples of <c>fraction x min(n, rowLimit)</c> rows drawn without
/// replacement (seeded per k and resample) and compare each refit with the full clustering on the same rows by the
/// adjusted Rand index.
/// </summary>
internal static class Stability
{
    /// <summary>Measures stability (see the class remarks and <see cref="KeptOrRefit"/>).</summary>
    public static StabilityResult Measure(float[] x, int n, int d, int[] labels, float[] centroids, KMeansSettings settings, SegmentationOptions options, CancellationToken ct, Action<double>? progress)
    {
        var size = (int)Math.Round(options.StabilityFraction * Math.Min(n, options.StabilityRowLimit));
        size = Math.Clamp(size, Math.Min(settings.K + 1, n), n);
        var resamples = new List<(int[] Rows, int[] Labels, int K)>();
        var permutation = new int[n];
        for (var r = 0; r < options.StabilityResamples; r++)
        {
            ct.ThrowIfCancellationRequested();
            var random = new Random(unchecked((options.Seed * 1_000_003) + (settings.K * 7919) + r));
            for (var i = 0; i < n; i++)
            {
                permutation[i] = i;
            }

            for (var i = 0; i < size; i++)
            {
                var j = i + random.Next(n - i);
                (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
            }

            var rows = permutation.AsSpan(0, size).ToArray();
            Array.Sort(rows);
            var sub = new float[(long)size * d];
            for (var t = 0; t < size; t++)
            {
                Array.Copy(x, (long)rows[t] * d, sub, (long)t * d, d);
            }

            var refitSettings = settings with { Restarts = options.StabilityRestarts, Seed = random.Next() };
            var run = Segmenter.RunEngine(sub, size, d, refitSettings, ct, null);
            var kept = KeptOrRefit(sub, size, d, centroids, settings.K, run);
            resamples.Add((rows, kept, settings.K));
            progress?.Invoke((r + 1.0) / options.StabilityResamples);
        }

        return new StabilityResult(StabilityResult.MeanAri(resamples, labels, settings.K), resamples);
    }

    /// <summary>
    /// The refit's labels, unless the refit ends with a higher inertia than the full clustering's centroids give the
    /// resample without any refitting: then the refit only missed the better optimum (too few restarts), which says
    /// nothing about the data, and the resample is labelled by the nearest full centroid instead.
    /// </summary>
    private static int[] KeptOrRefit(float[] sub, int size, int d, float[] centroids, int k, KMeansRun run)
    {
        var nearest = new int[size];
        double inertia = 0;
        for (var t = 0; t < size; t++)
        {
            nearest[t] = Kernels.Nearest(new ReadOnlySpan<float>(sub, t * d, d), centroids, k, out var distance);
            inertia += distance;
        }

        return run.Inertia > inertia ? nearest : run.Labels;
    }
}
