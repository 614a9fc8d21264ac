using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Exact silhouette values by a blocked O(n^2) computation in O(n d) memory: rows are grouped by cluster and stored
/// feature-major, so the distances from one row to all rows of a cluster are computed eight at a time with SIMD and
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

        var starts = new int[k + 1];
        for (var c = 0; c < k; c++)
        {
            starts[c + 1] = starts[c] + sizes[c];
        }

        var fill = (int[])starts.Clone();
        var transposed = new float[(long)n * d];
        for (var i = 0; i < n; i++)
        {
            var pos = fill[labels[i]]++;
            for (var f = 0; f < d; f++)
            {
                transposed[((long)f * n) + pos] = x[(i * d) + f];
            }
        }

        var result = new double[n];
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            var sums = new double[k];
            for (var i = start; i < end; i++)
            {
                if ((i & 255) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var row = new ReadOnlySpan<float>(x, i * d, d);
                for (var c = 0; c < k; c++)
                {
                    sums[c] = SumDistances(transposed, n, d, row, starts[c], starts[c + 1]);
                }

                result[i] = Value(sums, sizes, labels[i]);
            }
        });
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

    private static double SumDistances(float[] t, int n, int d, ReadOnlySpan<float> row, int from, int to)
    {
        double total = 0;
        var p = from;
        var acc = Vector256<float>.Zero;
        var chunks = 0;
        for (; p <= to - 8; p += 8)
        {
            var s = Vector256<float>.Zero;
            for (var f = 0; f < d; f++)
            {
                var diff = Vector256.LoadUnsafe(ref t[((long)f * n) + p]) - Vector256.Create(row[f]);
                s += diff * diff;
            }

            acc += Vector256.Sqrt(s);
            if (++chunks == 64)
            {
                total += Lanes(acc);
                acc = Vector256<float>.Zero;
                chunks = 0;
            }
        }

        total += Lanes(acc);
        for (; p < to; p++)
        {
            float s = 0;
            for (var f = 0; f < d; f++)
            {
                var diff = t[((long)f * n) + p] - row[f];
                s += diff * diff;
            }

            total += MathF.Sqrt(s);
        }

        return total;
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
