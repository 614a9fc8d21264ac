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
        var master = new Random(s.Seed);
        KMeansRun? best = null;
        for (var r = 0; r < s.Restarts; r++)
        {
            var seed = master.Next();
            var init = KMeansPlusPlus.Seed(x, n, d, s.K, new Random(seed), s.MaxDegreeOfParallelism, ct);
            var run = Iterate(x, n, d, init, s, ct) with { Restart = r };
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }

            progress?.Invoke((r + 1.0) / s.Restarts);
        }

        return best!;
    }

    /// <summary>Runs iterations from given initial centroids.</summary>
    public static KMeansRun Iterate(float[] x, int n, int d, float[] initialCentroids, KMeansSettings s, CancellationToken ct)
    {
        var state = new KMeansState(x, n, d, s.K, s.MaxDegreeOfParallelism, ct);
        var centroids = (float[])initialCentroids.Clone();
        var hamerly = s.Algorithm == KMeansAlgorithm.Hamerly;
        var total = state.TotalSumOfSquares();
        state.FullAssign(centroids, hamerly);
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
                state.FullAssign(centroids, hamerly);
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
                state.FullAssign(centroids, false);
            }
        }

        var exact = state.FullAssign(centroids, false);
        return new KMeansRun(centroids, state.Labels, exact, iterations, converged, relocations, 0);
    }
}
