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

    /// <summary>Adds a float row to a double accumulator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddTo(ReadOnlySpan<float> x, Span<double> sum)
    {
        ref var rx = ref MemoryMarshal.GetReference(x);
        ref var rs = ref MemoryMarshal.GetReference(sum);
        var f = 0;
        for (; f <= x.Length - 8; f += 8)
        {
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref rx, (nuint)f));
            (Vector256.LoadUnsafe(ref rs, (nuint)f) + lo).StoreUnsafe(ref rs, (nuint)f);
            (Vector256.LoadUnsafe(ref rs, (nuint)(f + 4)) + hi).StoreUnsafe(ref rs, (nuint)(f + 4));
        }

        for (; f < x.Length; f++)
        {
            Unsafe.Add(ref rs, f) += Unsafe.Add(ref rx, f);
        }
    }

    /// <summary>Subtracts a float row from a double accumulator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SubtractFrom(ReadOnlySpan<float> x, Span<double> sum)
    {
        for (var f = 0; f < x.Length; f++)
        {
            sum[f] -= x[f];
        }
    }
}
