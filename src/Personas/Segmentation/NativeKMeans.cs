namespace Personas.Segmentation;

/// <summary>
/// The native k-means engine: k-means++ seeding, seeded restarts (best inertia wins, lowest restart on ties), Lloyd or
/// Hamerly iterations, empty clusters relocated to the farthest rows, convergence when the relative decrease of the
/// inertia falls to the tolerance or no label changes. Rows are processed in fixed blocks whose partial sums are
/// combined in block order: identical results for any number of threads. Memory: the matrix, labels and two float
/// bounds per row; no n x k distance matrix.
/// </summary>
internal static class NativeKMeans
{
    public static KMeansRun Fit(float[] x, int n, int d, KMeansSettings s, CancellationToken ct, Action<double>? progress = null)
    {
        if (s.RestartSampleSize > 0 && n > s.RestartSampleSize)
        {
            return FitOnSample(x, n, d, s, ct, progress);
        }

        var master = new Random(s.Seed);
        var moments = KMeansState.Moments(x, n, d, s.MaxDegreeOfParallelism, ct);
        KMeansRun? best = null;
        for (var r = 0; r < s.Restarts; r++)
        {
            var seed = master.Next();
            var init = KMeansPlusPlus.Seed(x, n, d, s.K, new Random(seed), s.MaxDegreeOfParallelism, ct);
            var run = Iterate(x, n, d, init, s, ct, moments) with { Restart = r };
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }

            progress?.Invoke((r + 1.0) / s.Restarts);
        }

        return best!;
    }

    /// <summary>
    /// Restarts on a seeded uniform sample of <see cref="KMeansSettings.RestartSampleSize"/> rows (the same sample for
    /// every restart), then the best start refined on all rows: one full fit instead of one per restart.
    /// </summary>
    private static KMeansRun FitOnSample(float[] x, int n, int d, KMeansSettings s, CancellationToken ct, Action<double>? progress)
    {
        var size = s.RestartSampleSize;
        var rows = SampleRows(n, size, new Random(unchecked(s.Seed ^ 0x5EED5)));
        var sample = new float[(long)size * d];
        for (var t = 0; t < size; t++)
        {
            Array.Copy(x, (long)rows[t] * d, sample, (long)t * d, d);
        }

        var onSample = Fit(sample, size, d, s with { RestartSampleSize = 0 }, ct, f => progress?.Invoke(0.5 * f));
        var refined = Iterate(x, n, d, onSample.Centroids, s, ct);
        progress?.Invoke(1);
        return refined with { Restart = onSample.Restart };
    }

    /// <summary><paramref name="size"/> distinct row indices drawn uniformly from 0..n-1 (Floyd's algorithm), ascending.</summary>
    internal static int[] SampleRows(int n, int size, Random random)
    {
        var chosen = new HashSet<int>(size);
        for (var j = n - size; j < n; j++)
        {
            var t = random.Next(j + 1);
            chosen.Add(chosen.Contains(t) ? j : t);
        }

        var rows = chosen.ToArray();
        Array.Sort(rows);
        return rows;
    }

    /// <summary>Runs iterations from given initial centroids.</summary>
    public static KMeansRun Iterate(float[] x, int n, int d, float[] initialCentroids, KMeansSettings s, CancellationToken ct, (double[] Mean, double Total)? moments = null)
    {
        var state = new KMeansState(x, n, d, s.K, s.MaxDegreeOfParallelism, ct);
        var (mean, total) = moments ?? KMeansState.Moments(x, n, d, s.MaxDegreeOfParallelism, ct);
        state.SetMean(mean);
        var centroids = (float[])initialCentroids.Clone();
        var hamerly = s.Algorithm == KMeansAlgorithm.Hamerly;
        Assign(state, centroids, hamerly);
        var previous = double.PositiveInfinity;
        var converged = false;
        var relocations = 0;
        var iterations = 0;
        while (iterations < s.MaxIterations)
        {
            iterations++;
            var (next, counts, between) = state.UpdateCentroids();
            if (counts.Any(c => c == 0) && relocations < 3 * s.K)
            {
                relocations += state.RelocateEmpty(centroids, next, counts);
                centroids = next;
                Assign(state, centroids, hamerly);
                previous = double.PositiveInfinity;
                continue;
            }

            var inertia = Math.Max(total - between, 0);
            var noChange = state.LastChanges == 0;
            var small = !double.IsPositiveInfinity(previous) && previous - inertia <= s.Tolerance * previous;
            if (hamerly)
            {
                state.PrepareBounds(centroids, next);
            }

            centroids = next;
            if (noChange || small)
            {
                converged = true;
                break;
            }

            previous = inertia;
            if (hamerly)
            {
                state.HamerlyAssign(centroids);
            }
            else
            {
                state.LloydAssign(centroids);
            }
        }

        var exact = state.FullAssign(centroids, false);
        return new KMeansRun(centroids, state.Labels, exact, iterations, converged, relocations, 0);
    }

    /// <summary>A fresh assignment: with Hamerly's bounds, or Lloyd's checked fast assignment.</summary>
    private static void Assign(KMeansState state, float[] centroids, bool hamerly)
    {
        if (hamerly)
        {
            state.FullAssign(centroids, true);
        }
        else
        {
            state.LloydAssign(centroids);
        }
    }
}
