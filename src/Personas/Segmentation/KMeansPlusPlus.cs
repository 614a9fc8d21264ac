using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

            Potentials(x, n, d, closest, candidateVectors, candidates, candidatePotential, maxDop, ct);
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

    /// <summary>
    /// The potential (sum over rows of the squared distance to the nearest centre) if each candidate were added, per row
    /// block (<c>[block * candidates + t]</c>): lanes of four rows at a time for up to eight candidates, summed in double
    /// in row order, so the result does not depend on threads.
    /// </summary>
    internal static void Potentials(float[] x, int n, int d, float[] closest, float[] candidateVectors, int candidates, double[] candidatePotential, int? maxDop, CancellationToken ct)
    {
        var transposed = CentroidKernels.Transpose(candidateVectors, candidates, d);
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            Span<double> sums = stackalloc double[((candidates + 7) / 8) * 8];
            var i = start;
            if (candidates <= 8)
            {
                // Four rows at a time; lane t holds candidate t (padding lanes are huge and never used). Each
                // lane's potential is summed in double in row order, the same on any number of threads.
                ref var x0 = ref MemoryMarshal.GetArrayDataReference(x);
                ref var c0 = ref MemoryMarshal.GetArrayDataReference(transposed);
                var lo = Vector256<double>.Zero;
                var hi = Vector256<double>.Zero;
                for (; i + 3 < end; i += 4)
                {
                    CentroidKernels.GroupQuad(ref Unsafe.Add(ref x0, (nint)i * d), ref Unsafe.Add(ref x0, (nint)(i + 1) * d), ref Unsafe.Add(ref x0, (nint)(i + 2) * d), ref Unsafe.Add(ref x0, (nint)(i + 3) * d), d, ref c0, out var v0, out var v1, out var v2, out var v3);
                    Accumulate(Vector256.MinNative(v0, Vector256.Create(closest[i])), ref lo, ref hi);
                    Accumulate(Vector256.MinNative(v1, Vector256.Create(closest[i + 1])), ref lo, ref hi);
                    Accumulate(Vector256.MinNative(v2, Vector256.Create(closest[i + 2])), ref lo, ref hi);
                    Accumulate(Vector256.MinNative(v3, Vector256.Create(closest[i + 3])), ref lo, ref hi);
                }

                lo.CopyTo(sums);
                hi.CopyTo(sums[4..]);
            }

            Span<float> dist = stackalloc float[candidates];
            Span<float> lanes = stackalloc float[8];
            for (; i < end; i++)
            {
                CentroidKernels.All(new ReadOnlySpan<float>(x, i * d, d), transposed, candidates, lanes, dist);
                for (var t = 0; t < candidates; t++)
                {
                    sums[t] += Math.Min(closest[i], dist[t]);
                }
            }

            for (var t = 0; t < candidates; t++)
            {
                candidatePotential[(b * candidates) + t] = sums[t];
            }
        });
    }

    /// <summary>Adds eight float lanes to two double accumulators (lanes 0-3 and 4-7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(Vector256<float> v, ref Vector256<double> lo, ref Vector256<double> hi)
    {
        var (l, h) = Vector256.Widen(v);
        lo += l;
        hi += h;
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
