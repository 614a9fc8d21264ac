namespace Personas.Model;

/// <summary>
/// Matches current personas to previous ones by centroid distance: the Hungarian algorithm minimises the total
/// distance of the matched pairs, and a pair only counts when its distance is below the threshold. Minimising the sum of
/// <c>min(distance, threshold)</c> over a square (padded) matrix is the same as minimising the sum over matched pairs of
/// <c>distance - threshold</c>: a pair is worth matching exactly when it is closer than the threshold, so a far-away
/// pair is never forced into a match just because both personas are otherwise unpaired.
/// </summary>
internal static class PersonaMatcher
{
    /// <summary>Matches centroids.</summary>
    /// <param name="previous">Previous centroids (all of one length).</param>
    /// <param name="current">Current centroids in the same space.</param>
    /// <param name="threshold">The largest distance (exclusive) a match may have.</param>
    /// <returns>The matched pairs <c>(previous index, current index, distance)</c>, by previous index.</returns>
    public static IReadOnlyList<(int Previous, int Current, double Distance)> Match(IReadOnlyList<double[]> previous, IReadOnlyList<double[]> current, double threshold)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var n = previous.Count;
        var m = current.Count;
        if (n == 0 || m == 0)
        {
            return [];
        }

        var size = Math.Max(n, m);
        var distance = new double[n, m];
        var cost = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i < n && j < m)
                {
                    distance[i, j] = Euclidean(previous[i], current[j]);
                    cost[i, j] = Math.Min(distance[i, j], threshold);
                }
                else
                {
                    cost[i, j] = threshold; // a dummy partner: the persona stays unmatched
                }
            }
        }

        var assignment = Hungarian.Solve(cost);
        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < n; i++)
        {
            var j = assignment[i];
            if (j >= 0 && j < m && distance[i, j] < threshold)
            {
                pairs.Add((i, j, distance[i, j]));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The default match threshold: <paramref name="relative"/> times the median, over previous personas, of the
    /// distance from each centroid to its nearest other centroid (how far apart personas typically are). With one
    /// previous persona, the reference is twice its root-mean-square spread instead.
    /// </summary>
    public static double Threshold(IReadOnlyList<double[]> previous, IReadOnlyList<double[]> spreads, double relative)
    {
        if (previous.Count < 2)
        {
            var rms = spreads.Count == 0 ? 1 : Math.Sqrt(spreads[0].Sum(s => s * s));
            return relative * 2 * (rms > 0 ? rms : 1);
        }

        var nearest = new double[previous.Count];
        for (var i = 0; i < previous.Count; i++)
        {
            nearest[i] = double.PositiveInfinity;
            for (var j = 0; j < previous.Count; j++)
            {
                if (i != j)
                {
                    nearest[i] = Math.Min(nearest[i], Euclidean(previous[i], previous[j]));
                }
            }
        }

        Array.Sort(nearest);
        var mid = nearest.Length / 2;
        var median = nearest.Length % 2 == 1 ? nearest[mid] : (nearest[mid - 1] + nearest[mid]) / 2;
        return relative * median;
    }

    /// <summary>The Euclidean distance of two vectors of equal length.</summary>
    public static double Euclidean(double[] a, double[] b)
    {
        var s = 0.0;
        for (var f = 0; f < a.Length; f++)
        {
            var d = a[f] - b[f];
            s += d * d;
        }

        return Math.Sqrt(s);
    }
}
