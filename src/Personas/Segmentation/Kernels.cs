using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// SIMD distance kernels over contiguous float rows. They use fixed-width <see cref="Vector256{T}"/> arithmetic (software
/// fallback on machines without AVX) and separate multiply and add (no fused multiply-add), and reduce lanes in a fixed
/// order, so the same inputs give bit-identical results on every machine.
/// </summary>
internal static class Kernels
{
    /// <summary>Squared Euclidean distance between two equally long vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var n = a.Length;
        var i = 0;
        var acc = Vector256<float>.Zero;
        for (; i <= n - 8; i += 8)
        {
            var diff = Vector256.LoadUnsafe(ref ra, (nuint)i) - Vector256.LoadUnsafe(ref rb, (nuint)i);
            acc += diff * diff;
        }

        var acc4 = acc.GetLower() + acc.GetUpper();
        if (i <= n - 4)
        {
            var diff = Vector128.LoadUnsafe(ref ra, (nuint)i) - Vector128.LoadUnsafe(ref rb, (nuint)i);
            acc4 += diff * diff;
            i += 4;
        }

        var sum = (acc4.GetElement(0) + acc4.GetElement(2)) + (acc4.GetElement(1) + acc4.GetElement(3));
        for (; i < n; i++)
        {
            var diff = Unsafe.Add(ref ra, i) - Unsafe.Add(ref rb, i);
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>The nearest centroid (lowest index on ties) and its squared distance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nearest(ReadOnlySpan<float> x, float[] centroids, int k, out float best)
    {
        var d = x.Length;
        var bestIndex = 0;
        best = SquaredDistance(x, new ReadOnlySpan<float>(centroids, 0, d));
        for (var j = 1; j < k; j++)
        {
            var dist = SquaredDistance(x, new ReadOnlySpan<float>(centroids, j * d, d));
            if (dist < best)
            {
                best = dist;
                bestIndex = j;
            }
        }

        return bestIndex;
    }

    /// <summary>The nearest centroid and the squared distances to the nearest and the second nearest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NearestTwo(ReadOnlySpan<float> x, float[] centroids, int k, out float best, out float second)
    {
        var d = x.Length;
        var bestIndex = 0;
        best = float.PositiveInfinity;
        second = float.PositiveInfinity;
        for (var j = 0; j < k; j++)
        {
            var dist = SquaredDistance(x, new ReadOnlySpan<float>(centroids, j * d, d));
            if (dist < best)
            {
                second = best;
                best = dist;
                bestIndex = j;
            }
            else if (dist < second)
            {
                second = dist;
            }
        }

        return bestIndex;
    }

    /// <summary>Adds a float row to a double accumulator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddTo(ReadOnlySpan<float> x, Span<double> sum)
    {
        for (var f = 0; f < x.Length; f++)
        {
            sum[f] += x[f];
        }
    }
}
