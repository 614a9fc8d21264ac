using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Distances from one row to many centroids at once: the centroids are stored transposed in groups of eight
/// (<c>[group][feature][lane]</c>), so one <see cref="Vector256{T}"/> holds one feature of eight centroids and no
/// horizontal reduction is needed. Each lane sums features in a fixed order (four partial sums by feature index modulo
/// four, then <c>(s0 + s1) + (s2 + s3)</c>), the same on every machine. Padding lanes hold a huge value, so their
/// distance is infinite and never the nearest.
/// </summary>
internal static class CentroidKernels
{
    private const float Pad = 1e30f;

    /// <summary>Transposes <paramref name="k"/> row-major centroids of dimension <paramref name="d"/> into groups of eight.</summary>
    public static float[] Transpose(ReadOnlySpan<float> centroids, int k, int d)
    {
        var groups = (k + 7) / 8;
        var t = new float[groups * d * 8];
        Array.Fill(t, Pad);
        for (var j = 0; j < k; j++)
        {
            var (g, lane) = (j / 8, j % 8);
            for (var f = 0; f < d; f++)
            {
                t[(((g * d) + f) * 8) + lane] = centroids[(j * d) + f];
            }
        }

        return t;
    }

    /// <summary>Squared distances from <paramref name="x"/> to eight centroids of group <paramref name="g"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Group(ReadOnlySpan<float> x, float[] transposed, int g)
    {
        var d = x.Length;
        ref var c = ref transposed[g * d * 8];
        ref var rx = ref MemoryMarshal.GetReference(x);
        var s0 = Vector256<float>.Zero;
        var s1 = Vector256<float>.Zero;
        var s2 = Vector256<float>.Zero;
        var s3 = Vector256<float>.Zero;
        var f = 0;
        for (; f <= d - 4; f += 4)
        {
            var d0 = Vector256.Create(Unsafe.Add(ref rx, f)) - Vector256.LoadUnsafe(ref c, (nuint)(f * 8));
            var d1 = Vector256.Create(Unsafe.Add(ref rx, f + 1)) - Vector256.LoadUnsafe(ref c, (nuint)((f + 1) * 8));
            var d2 = Vector256.Create(Unsafe.Add(ref rx, f + 2)) - Vector256.LoadUnsafe(ref c, (nuint)((f + 2) * 8));
            var d3 = Vector256.Create(Unsafe.Add(ref rx, f + 3)) - Vector256.LoadUnsafe(ref c, (nuint)((f + 3) * 8));
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }

        for (; f < d; f++)
        {
            var df = Vector256.Create(Unsafe.Add(ref rx, f)) - Vector256.LoadUnsafe(ref c, (nuint)(f * 8));
            s0 += df * df;
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>The nearest centroid (lowest index on ties) and its squared distance (branch-free within a group of eight).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nearest(ReadOnlySpan<float> x, float[] transposed, int k, out float best)
    {
        var bestIndex = 0;
        best = float.PositiveInfinity;
        for (var g = 0; g * 8 < k; g++)
        {
            var v = Group(x, transposed, g);
            var m = MinAcross(v);
            var mv = m.ToScalar();
            if (mv < best)
            {
                best = mv;
                bestIndex = (g * 8) + BitOperations.TrailingZeroCount(Vector256.Equals(v, m).ExtractMostSignificantBits());
            }
        }

        return bestIndex;
    }

    /// <summary>The nearest centroid (lowest index on ties) and the squared distances to the nearest and second nearest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NearestTwo(ReadOnlySpan<float> x, float[] transposed, int k, out float best, out float second)
    {
        var bestIndex = 0;
        best = float.PositiveInfinity;
        second = float.PositiveInfinity;
        var laneIds = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        for (var g = 0; g * 8 < k; g++)
        {
            var v = Group(x, transposed, g);
            var m = MinAcross(v);
            var mv = m.ToScalar();
            var lane = BitOperations.TrailingZeroCount(Vector256.Equals(v, m).ExtractMostSignificantBits());
            if (mv < best)
            {
                var others = Vector256.ConditionalSelect(Vector256.Equals(laneIds, Vector256.Create(lane)).AsSingle(), Vector256.Create(float.PositiveInfinity), v);
                second = Math.Min(best, MinAcross(others).ToScalar());
                best = mv;
                bestIndex = (g * 8) + lane;
            }
            else if (mv < second)
            {
                second = mv;
            }
        }

        return bestIndex;
    }

    /// <summary>Every lane holds the minimum of <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> MinAcross(Vector256<float> v)
    {
        v = Vector256.Min(v, Vector256.Shuffle(v, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
        v = Vector256.Min(v, Vector256.Shuffle(v, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        return Vector256.Min(v, Vector256.Shuffle(v, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
    }

    /// <summary>Writes the squared distances to all <paramref name="k"/> centroids into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void All(ReadOnlySpan<float> x, float[] transposed, int k, Span<float> lanes, Span<float> destination)
    {
        for (var g = 0; g * 8 < k; g++)
        {
            Group(x, transposed, g).StoreUnsafe(ref MemoryMarshal.GetReference(lanes));
            var m = Math.Min(8, k - (g * 8));
            lanes[..m].CopyTo(destination[(g * 8)..]);
        }
    }
}
