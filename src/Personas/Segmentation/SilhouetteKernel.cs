using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Exact silhouette values by a blocked O(n^2) computation in O(n d) memory: rows are grouped by cluster and stored
/// in feature-major tiles of eight, so the distances from one row to all rows of a cluster are computed eight at a time with SIMD and
/// summed without ever materialising a distance matrix. Each row's value is computed independently (thread-count
/// independent).
/// </summary>
internal static class SilhouetteKernel
{
    public static double[] Samples(float[] x, int n, int d, int[] labels, int k, int? maxDop, CancellationToken ct)
    {
        var sizes = new int[k];
        foreach (var l in labels)
        {
            sizes[l]++;
        }

        // Each cluster's rows are stored in tiles of eight rows, feature-major within a tile ([tile][feature][lane]), so
        // the distances from one row to eight rows stream through contiguous memory; the last tile of a cluster is
        // padded with zeros and its padding lanes masked out.
        var tileStarts = new int[k + 1];
        for (var c = 0; c < k; c++)
        {
            tileStarts[c + 1] = tileStarts[c] + ((sizes[c] + 7) / 8);
        }

        var lastMask = new Vector256<float>[k];
        for (var c = 0; c < k; c++)
        {
            var used = sizes[c] - (8 * Math.Max(0, ((sizes[c] + 7) / 8) - 1));
            lastMask[c] = Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(used)).AsSingle();
        }

        var fill = new int[k];
        var tiles = new float[(long)tileStarts[k] * d * 8];
        for (var i = 0; i < n; i++)
        {
            var c = labels[i];
            var pos = fill[c]++;
            var tile = tileStarts[c] + (pos / 8);
            var lane = pos % 8;
            for (var f = 0; f < d; f++)
            {
                tiles[(((long)tile * d) + f) * 8 + lane] = x[(i * d) + f];
            }
        }

        // Rows are independent: small chunks keep both cores busy whatever the row count; each value is computed the
        // same way on any number of threads.
        var result = new double[n];
        const int Chunk = 64;
        var po = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = maxDop ?? -1 };
        Parallel.For(0, (n + Chunk - 1) / Chunk, po, () => new double[k], (chunk, _, sums) =>
        {
            ct.ThrowIfCancellationRequested();
            var end = Math.Min(n, (chunk + 1) * Chunk);
            var other = new double[k];
            var i = chunk * Chunk;
            for (; i + 1 < end; i += 2)
            {
                // Two rows at a time share the tile loads; each row's arithmetic is the same as alone.
                for (var c = 0; c < k; c++)
                {
                    (sums[c], other[c]) = sizes[c] == 0 ? (0, 0) : SumDistances(tiles, d, x, i, i + 1, tileStarts[c], tileStarts[c + 1], lastMask[c]);
                }

                result[i] = Value(sums, sizes, labels[i]);
                result[i + 1] = Value(other, sizes, labels[i + 1]);
            }

            if (i < end)
            {
                for (var c = 0; c < k; c++)
                {
                    sums[c] = sizes[c] == 0 ? 0 : SumDistances(tiles, d, x, i, i, tileStarts[c], tileStarts[c + 1], lastMask[c]).A;
                }

                result[i] = Value(sums, sizes, labels[i]);
            }

            return sums;
        }, _ => { });
        return result;
    }

    private static double Value(double[] sums, int[] sizes, int own)
    {
        if (sizes[own] <= 1)
        {
            return 0;
        }

        var a = sums[own] / (sizes[own] - 1);
        var b = double.PositiveInfinity;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (c != own && sizes[c] > 0)
            {
                b = Math.Min(b, sums[c] / sizes[c]);
            }
        }

        var max = Math.Max(a, b);
        return double.IsInfinity(b) || max == 0 ? 0 : (b - a) / max;
    }

    /// <summary>
    /// Sums of the Euclidean distances from rows <paramref name="rowA"/> and <paramref name="rowB"/> (possibly the same row)
    /// to every row stored in tiles <paramref name="from"/> to <paramref name="to"/>. Each squared distance is summed
    /// over features in four partial sums (feature index modulo four, each term one fused multiply-add, rounded once on
    /// every machine), then <c>(s0 + s1) + (s2 + s3)</c>; square roots are added in float per lane over at most 64 tiles
    /// and then in double, in a fixed order.
    /// </summary>
    private static (double A, double B) SumDistances(float[] tiles, int d, float[] x, int rowA, int rowB, int from, int to, Vector256<float> lastMask)
    {
        double totalA = 0, totalB = 0;
        var accA = Vector256<float>.Zero;
        var accB = Vector256<float>.Zero;
        var pending = 0;
        ref var pt = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tiles), (nint)from * d * 8);
        ref var ra = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(x), (nint)rowA * d);
        ref var rb = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(x), (nint)rowB * d);
        for (var tile = from; tile < to; tile++)
        {
            var a0 = Vector256<float>.Zero;
            var a1 = Vector256<float>.Zero;
            var a2 = Vector256<float>.Zero;
            var a3 = Vector256<float>.Zero;
            var b0 = Vector256<float>.Zero;
            var b1 = Vector256<float>.Zero;
            var b2 = Vector256<float>.Zero;
            var b3 = Vector256<float>.Zero;
            ref var pa = ref ra;
            ref var pb = ref rb;
            var f = 0;
            for (; f <= d - 4; f += 4)
            {
                var t0 = Vector256.LoadUnsafe(ref pt);
                var t1 = Vector256.LoadUnsafe(ref pt, 8);
                var t2 = Vector256.LoadUnsafe(ref pt, 16);
                var t3 = Vector256.LoadUnsafe(ref pt, 24);
                var x0 = t0 - Vector256.Create(pa);
                var x1 = t1 - Vector256.Create(Unsafe.Add(ref pa, 1));
                var x2 = t2 - Vector256.Create(Unsafe.Add(ref pa, 2));
                var x3 = t3 - Vector256.Create(Unsafe.Add(ref pa, 3));
                a0 = Vector256.FusedMultiplyAdd(x0, x0, a0);
                a1 = Vector256.FusedMultiplyAdd(x1, x1, a1);
                a2 = Vector256.FusedMultiplyAdd(x2, x2, a2);
                a3 = Vector256.FusedMultiplyAdd(x3, x3, a3);
                var y0 = t0 - Vector256.Create(pb);
                var y1 = t1 - Vector256.Create(Unsafe.Add(ref pb, 1));
                var y2 = t2 - Vector256.Create(Unsafe.Add(ref pb, 2));
                var y3 = t3 - Vector256.Create(Unsafe.Add(ref pb, 3));
                b0 = Vector256.FusedMultiplyAdd(y0, y0, b0);
                b1 = Vector256.FusedMultiplyAdd(y1, y1, b1);
                b2 = Vector256.FusedMultiplyAdd(y2, y2, b2);
                b3 = Vector256.FusedMultiplyAdd(y3, y3, b3);
                pt = ref Unsafe.Add(ref pt, 32);
                pa = ref Unsafe.Add(ref pa, 4);
                pb = ref Unsafe.Add(ref pb, 4);
            }

            for (; f < d; f++)
            {
                var tf = Vector256.LoadUnsafe(ref pt);
                var xf = tf - Vector256.Create(pa);
                var yf = tf - Vector256.Create(pb);
                a0 = Vector256.FusedMultiplyAdd(xf, xf, a0);
                b0 = Vector256.FusedMultiplyAdd(yf, yf, b0);
                pt = ref Unsafe.Add(ref pt, 8);
                pa = ref Unsafe.Add(ref pa, 1);
                pb = ref Unsafe.Add(ref pb, 1);
            }

            var da = Vector256.Sqrt((a0 + a1) + (a2 + a3));
            var db = Vector256.Sqrt((b0 + b1) + (b2 + b3));
            if (tile == to - 1)
            {
                da &= lastMask;
                db &= lastMask;
            }

            accA += da;
            accB += db;
            if (++pending == 64)
            {
                totalA += Lanes(accA);
                totalB += Lanes(accB);
                accA = Vector256<float>.Zero;
                accB = Vector256<float>.Zero;
                pending = 0;
            }
        }

        return (totalA + Lanes(accA), totalB + Lanes(accB));
    }

    private static double Lanes(Vector256<float> v)
    {
        double s = 0;
        for (var i = 0; i < 8; i++)
        {
            s += v.GetElement(i);
        }

        return s;
    }
}
