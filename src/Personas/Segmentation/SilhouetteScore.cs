namespace Personas.Segmentation;

/// <summary>
/// The silhouette of a clustering as reported: exact up to a row limit; beyond it, exact on a stratified sample
/// (every cluster gets its proportional share, at least two rows when it has them; seeded), like scikit-learn's
/// <c>silhouette_score(sample_size=...)</c> but stratified.
/// </summary>
internal static class SilhouetteScore
{
    /// <summary>How many bootstrap resamples of the customers estimate the noise of the mean silhouette.</summary>
    internal const int NoiseResamples = 200;

    public static (double Mean, double[] PerCluster, int? SampleSize) Compute(float[] x, int n, int d, int[] labels, int k, SegmentationOptions options, CancellationToken ct)
    {
        var (mean, perCluster, sample, _) = ComputeWithNoise(x, n, d, labels, k, options, ct);
        return (mean, perCluster, sample);
    }

    /// <summary>As <see cref="Compute"/>, plus the bootstrap standard error of the mean silhouette over the customers it was computed on.</summary>
    public static (double Mean, double[] PerCluster, int? SampleSize, double Noise) ComputeWithNoise(float[] x, int n, int d, int[] labels, int k, SegmentationOptions options, CancellationToken ct)
    {
        int[] rows;
        int? sampleSize = null;
        if (n <= options.SilhouetteExactLimit)
        {
            rows = [];
        }
        else
        {
            rows = StratifiedSample(labels, k, options.SilhouetteSampleSize, new Random(unchecked((options.Seed * 31) + k)));
            sampleSize = rows.Length;
        }

        float[] sx = x;
        int[] sl = labels;
        var m = n;
        if (sampleSize is not null)
        {
            m = rows.Length;
            sx = new float[(long)m * d];
            sl = new int[m];
            for (var t = 0; t < m; t++)
            {
                Array.Copy(x, (long)rows[t] * d, sx, (long)t * d, d);
                sl[t] = labels[rows[t]];
            }
        }

        var samples = SilhouetteKernel.Samples(sx, m, d, sl, k, options.MaxDegreeOfParallelism, ct);
        var perCluster = new double[k];
        var counts = new int[k];
        double total = 0;
        for (var t = 0; t < m; t++)
        {
            perCluster[sl[t]] += samples[t];
            counts[sl[t]]++;
            total += samples[t];
        }

        for (var j = 0; j < k; j++)
        {
            perCluster[j] = counts[j] > 0 ? perCluster[j] / counts[j] : double.NaN;
        }

        return (total / m, perCluster, sampleSize, BootstrapError(samples, m, new Random(unchecked((options.Seed * 17) + k))));
    }

    /// <summary>The standard deviation of the mean over <see cref="NoiseResamples"/> seeded resamples with replacement.</summary>
    internal static double BootstrapError(IReadOnlyList<double> values, int m, Random random)
    {
        if (m < 2)
        {
            return 0;
        }

        double sum = 0, sum2 = 0;
        for (var b = 0; b < NoiseResamples; b++)
        {
            double mean = 0;
            for (var t = 0; t < m; t++)
            {
                mean += values[random.Next(m)];
            }

            mean /= m;
            sum += mean;
            sum2 += mean * mean;
        }

        var average = sum / NoiseResamples;
        return Math.Sqrt(Math.Max(0, (sum2 / NoiseResamples) - (average * average)));
    }

    /// <summary>A sorted stratified sample of about <paramref name="size"/> rows: proportional allocation by largest remainder, at least min(2, cluster size) per cluster.</summary>
    internal static int[] StratifiedSample(int[] labels, int k, int size, Random random)
    {
        var members = new List<int>[k];
        for (var j = 0; j < k; j++)
        {
            members[j] = [];
        }

        for (var i = 0; i < labels.Length; i++)
        {
            members[labels[i]].Add(i);
        }

        var n = labels.Length;
        var quota = new int[k];
        var remainders = new double[k];
        var assigned = 0;
        for (var j = 0; j < k; j++)
        {
            var exact = (double)size * members[j].Count / n;
            quota[j] = (int)Math.Floor(exact);
            remainders[j] = exact - quota[j];
            assigned += quota[j];
        }

        foreach (var j in Enumerable.Range(0, k).OrderByDescending(j => remainders[j]).ThenBy(j => j))
        {
            if (assigned >= size)
            {
                break;
            }

            if (quota[j] < members[j].Count)
            {
                quota[j]++;
                assigned++;
            }
        }

        var result = new List<int>(size + (2 * k));
        for (var j = 0; j < k; j++)
        {
            var list = members[j];
            var take = Math.Min(list.Count, Math.Max(quota[j], 2));
            for (var t = 0; t < take; t++)
            {
                var swap = t + random.Next(list.Count - t);
                (list[t], list[swap]) = (list[swap], list[t]);
                result.Add(list[t]);
            }
        }

        result.Sort();
        return [.. result];
    }
}
