namespace Personas.Segmentation;

/// <summary>
/// Greedy k-means++ seeding as in scikit-learn: each new centre is the best (lowest potential) of
/// <c>2 + floor(ln k)</c> candidates drawn with probability proportional to the squared distance to the nearest chosen
/// centre. Potentials are summed per row block and combined in block order, so the seeding does not depend on threads.
/// </summary>
internal static class KMeansPlusPlus
{
    public static float[] Seed(float[] x, int n, int d, int k, Random random, int? maxDop, CancellationToken ct)
    {
        var centroids = new float[k * d];
        var closest = new float[n];
        var blocks = RowBlocks.Count(n);
        var blockPotential = new double[blocks];
        var first = random.Next(n);
        Array.Copy(x, (long)first * d, centroids, 0, d);
        UpdateClosest(x, n, d, centroids.AsSpan(0, d).ToArray(), closest, blockPotential, maxDop, ct, first: true);
        var candidates = 2 + (int)Math.Log(k);
        var candidateRows = new int[candidates];
        var candidatePotential = new double[blocks * candidates];
        for (var c = 1; c < k; c++)
        {
            var potential = Sum(blockPotential);
            for (var t = 0; t < candidates; t++)
            {
                candidateRows[t] = Draw(closest, n, blockPotential, potential, random);
            }

            var candidateVectors = new float[candidates * d];
            for (var t = 0; t < candidates; t++)
            {
                Array.Copy(x, (long)candidateRows[t] * d, candidateVectors, t * d, d);
            }

            RowBlocks.For(n, maxDop, ct, b =>
            {
                var (start, end) = RowBlocks.Range(b, n);
                for (var t = 0; t < candidates; t++)
                {
                    var cv = new ReadOnlySpan<float>(candidateVectors, t * d, d);
                    double s = 0;
                    for (var i = start; i < end; i++)
                    {
                        s += Math.Min(closest[i], Kernels.SquaredDistance(new ReadOnlySpan<float>(x, i * d, d), cv));
                    }

                    candidatePotential[(b * candidates) + t] = s;
                }
            });
            var bestT = 0;
            var bestPotential = double.PositiveInfinity;
            for (var t = 0; t < candidates; t++)
            {
                double s = 0;
                for (var b = 0; b < blocks; b++)
                {
                    s += candidatePotential[(b * candidates) + t];
                }

                if (s < bestPotential)
                {
                    bestPotential = s;
                    bestT = t;
                }
            }

            var chosen = candidateVectors.AsSpan(bestT * d, d).ToArray();
            chosen.CopyTo(centroids, c * d);
            UpdateClosest(x, n, d, chosen, closest, blockPotential, maxDop, ct);
        }

        return centroids;
    }

    private static void UpdateClosest(float[] x, int n, int d, float[] center, float[] closest, double[] blockPotential, int? maxDop, CancellationToken ct, bool first = false)
    {
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            double s = 0;
            for (var i = start; i < end; i++)
            {
                var dist = Kernels.SquaredDistance(new ReadOnlySpan<float>(x, i * d, d), center);
                var v = first || dist < closest[i] ? dist : closest[i];
                closest[i] = v;
                s += v;
            }

            blockPotential[b] = s;
        });
    }

    private static int Draw(float[] closest, int n, double[] blockPotential, double potential, Random random)
    {
        if (!(potential > 0))
        {
            return random.Next(n);
        }

        var r = random.NextDouble() * potential;
        var b = 0;
        while (b < blockPotential.Length - 1 && r >= blockPotential[b])
        {
            r -= blockPotential[b];
            b++;
        }

        var (start, end) = RowBlocks.Range(b, n);
        var last = start;
        for (var i = start; i < end; i++)
        {
            if (closest[i] > 0)
            {
                last = i;
                r -= closest[i];
                if (r < 0)
                {
                    return i;
                }
            }
        }

        return last;
    }

    private static double Sum(double[] values)
    {
        double s = 0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }
}
