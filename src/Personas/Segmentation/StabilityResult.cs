namespace Personas.Segmentation;

/// <summary>Resample refits of one k: the rows of each resample and the refit's labels on them.</summary>
internal sealed record StabilityResult(double Mean, IReadOnlyList<(int[] Rows, int[] Labels, int K)> Resamples)
{
    /// <summary>The mean adjusted Rand index of <paramref name="labels"/> against every refit, restricted to its rows.</summary>
    public static double MeanAri(IReadOnlyList<(int[] Rows, int[] Labels, int K)> resamples, int[] labels, int k)
    {
        if (resamples.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (var (rows, refit, kr) in resamples)
        {
            var full = rows.Select(r => labels[r]).ToArray();
            sum += ClusterMetrics.Ari(full, k, refit, kr);
        }

        return sum / resamples.Count;
    }

    /// <summary>Per cluster of <paramref name="labels"/>: the mean over refits of the best Jaccard similarity with a refit cluster.</summary>
    public static double[] ClusterJaccard(IReadOnlyList<(int[] Rows, int[] Labels, int K)> resamples, int[] labels, int k)
    {
        var result = new double[k];
        if (resamples.Count == 0)
        {
            Array.Fill(result, double.NaN);
            return result;
        }

        foreach (var (rows, refit, kr) in resamples)
        {
            var table = new long[k, kr];
            var sizeA = new long[k];
            var sizeB = new long[kr];
            for (var t = 0; t < rows.Length; t++)
            {
                table[labels[rows[t]], refit[t]]++;
                sizeA[labels[rows[t]]]++;
                sizeB[refit[t]]++;
            }

            for (var a = 0; a < k; a++)
            {
                double best = 0;
                for (var b = 0; b < kr; b++)
                {
                    var union = sizeA[a] + sizeB[b] - table[a, b];
                    if (union > 0)
                    {
                        best = Math.Max(best, (double)table[a, b] / union);
                    }
                }

                result[a] += best / resamples.Count;
            }
        }

        return result;
    }
}
