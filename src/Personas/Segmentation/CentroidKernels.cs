using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Distances from one row to many centroids at once: the centroids are stored transposed in groups of eight
/// (<c>[group][feature][lane]</c>), so one <see cref="Vector256{T}"/> holds one feature of eight centroids and no
/// horizontal reduction is needed. Each lane sums features in a fixed order (two partial sums by feature index modulo
/// two, each squared difference added with one fused multiply-add, then <c>s0 + s1</c>): fused multiply-add is rounded
/// once by definition (emulated exactly where the processor lacks it), so the results are the same on every machine. Padding lanes hold a huge value, so their
/// distance is infinite and never the nearest.
/// </summary>
internal static class CentroidKernels
{
    /// <summary>The nearest centroids of four rows, their squared distances, and the squared distances to the second nearest.</summary>
    public struct QuadResult
    {
        public int Index0, Index1, Index2, Index3;
        public float Best0, Best1, Best2, Best3;
        public float Second0, Second1, Second2, Second3;
    }

    /// <summary>The value of padding lanes: their distance is infinite, so they are never the nearest.</summary>
    internal const float Pad = 1e30f;

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
        ref var pc = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(transposed), g * d * 8);
        ref var px = ref MemoryMarshal.GetReference(x);
        var s0 = Vector256<float>.Zero;
        var s1 = Vector256<float>.Zero;
        var f = 0;
        for (; f <= d - 2; f += 2)
        {
            var d0 = Vector256.LoadUnsafe(ref pc) - Vector256.Create(px);
            var d1 = Vector256.LoadUnsafe(ref pc, 8) - Vector256.Create(Unsafe.Add(ref px, 1));
            s0 = Vector256.FusedMultiplyAdd(d0, d0, s0);
            s1 = Vector256.FusedMultiplyAdd(d1, d1, s1);
            px = ref Unsafe.Add(ref px, 2);
            pc = ref Unsafe.Add(ref pc, 16);
        }

        if (f < d)
        {
            var df = Vector256.LoadUnsafe(ref pc) - Vector256.Create(px);
            s0 = Vector256.FusedMultiplyAdd(df, df, s0);
        }

        return s0 + s1;
    }

    /// <summary>
    /// <see cref="Group"/> for four rows (each lane's arithmetic exactly as <see cref="Group"/>): the centroid loads are
    /// shared by the four rows, and the eight partial sums are independent, which keeps both floating-point pipelines busy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void GroupQuad(ref float row0, ref float row1, ref float row2, ref float row3, int d, ref float c, out Vector256<float> dist0, out Vector256<float> dist1, out Vector256<float> dist2, out Vector256<float> dist3)
    {
        var a0 = Vector256<float>.Zero;
        var a1 = Vector256<float>.Zero;
        var b0 = Vector256<float>.Zero;
        var b1 = Vector256<float>.Zero;
        var e0 = Vector256<float>.Zero;
        var e1 = Vector256<float>.Zero;
        var h0 = Vector256<float>.Zero;
        var h1 = Vector256<float>.Zero;
        ref var pa = ref row0;
        ref var pb = ref row1;
        ref var pe = ref row2;
        ref var ph = ref row3;
        ref var pc = ref c;
        var f = 0;
        for (; f <= d - 2; f += 2)
        {
            var c0 = Vector256.LoadUnsafe(ref pc);
            var c1 = Vector256.LoadUnsafe(ref pc, 8);
            var x0 = c0 - Vector256.Create(pa);
            var x1 = c1 - Vector256.Create(Unsafe.Add(ref pa, 1));
            var y0 = c0 - Vector256.Create(pb);
            var y1 = c1 - Vector256.Create(Unsafe.Add(ref pb, 1));
            a0 = Vector256.FusedMultiplyAdd(x0, x0, a0);
            a1 = Vector256.FusedMultiplyAdd(x1, x1, a1);
            b0 = Vector256.FusedMultiplyAdd(y0, y0, b0);
            b1 = Vector256.FusedMultiplyAdd(y1, y1, b1);
            var z0 = c0 - Vector256.Create(pe);
            var z1 = c1 - Vector256.Create(Unsafe.Add(ref pe, 1));
            var w0 = c0 - Vector256.Create(ph);
            var w1 = c1 - Vector256.Create(Unsafe.Add(ref ph, 1));
            e0 = Vector256.FusedMultiplyAdd(z0, z0, e0);
            e1 = Vector256.FusedMultiplyAdd(z1, z1, e1);
            h0 = Vector256.FusedMultiplyAdd(w0, w0, h0);
            h1 = Vector256.FusedMultiplyAdd(w1, w1, h1);
            pa = ref Unsafe.Add(ref pa, 2);
            pb = ref Unsafe.Add(ref pb, 2);
            pe = ref Unsafe.Add(ref pe, 2);
            ph = ref Unsafe.Add(ref ph, 2);
            pc = ref Unsafe.Add(ref pc, 16);
        }

        if (f < d)
        {
            var cf = Vector256.LoadUnsafe(ref pc);
            var x = cf - Vector256.Create(pa);
            var y = cf - Vector256.Create(pb);
            var z = cf - Vector256.Create(pe);
            var w = cf - Vector256.Create(ph);
            a0 = Vector256.FusedMultiplyAdd(x, x, a0);
            b0 = Vector256.FusedMultiplyAdd(y, y, b0);
            e0 = Vector256.FusedMultiplyAdd(z, z, e0);
            h0 = Vector256.FusedMultiplyAdd(w, w, h0);
        }

        dist0 = a0 + a1;
        dist1 = b0 + b1;
        dist2 = e0 + e1;
        dist3 = h0 + h1;
    }

    /// <summary>
    /// The nearest centroids of rows <paramref name="i0"/> to <paramref name="i3"/> (lowest index on ties) and their
    /// squared distances, exactly as <see cref="Nearest"/> gives them row by row; with <paramref name="second"/> also the
    /// squared distances to the second nearest, as <see cref="NearestTwo"/> gives them.
    /// </summary>
    public static void NearestQuad(float[] x, int i0, int i1, int i2, int i3, int d, float[] transposed, int k, bool second, ref QuadResult result)
    {
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref var r0 = ref Unsafe.Add(ref x0, (nint)i0 * d);
        ref var r1 = ref Unsafe.Add(ref x0, (nint)i1 * d);
        ref var r2 = ref Unsafe.Add(ref x0, (nint)i2 * d);
        ref var r3 = ref Unsafe.Add(ref x0, (nint)i3 * d);
        ref var c = ref MemoryMarshal.GetArrayDataReference(transposed);
        var inf = float.PositiveInfinity;
        result = new QuadResult { Best0 = inf, Best1 = inf, Best2 = inf, Best3 = inf, Second0 = inf, Second1 = inf, Second2 = inf, Second3 = inf };
        for (var g = 0; g * 8 < k; g++)
        {
            GroupQuad(ref r0, ref r1, ref r2, ref r3, d, ref Unsafe.Add(ref c, g * d * 8), out var v0, out var v1, out var v2, out var v3);
            if (second)
            {
                KeepTwo(v0, g, ref result.Best0, ref result.Second0, ref result.Index0);
                KeepTwo(v1, g, ref result.Best1, ref result.Second1, ref result.Index1);
                KeepTwo(v2, g, ref result.Best2, ref result.Second2, ref result.Index2);
                KeepTwo(v3, g, ref result.Best3, ref result.Second3, ref result.Index3);
            }
            else
            {
                Keep(v0, g, ref result.Best0, ref result.Index0);
                Keep(v1, g, ref result.Best1, ref result.Index1);
                Keep(v2, g, ref result.Best2, ref result.Index2);
                Keep(v3, g, ref result.Best3, ref result.Index3);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Keep(Vector256<float> v, int g, ref float best, ref int index)
    {
        var m = MinAcross(v);
        var mv = m.ToScalar();
        if (mv < best)
        {
            best = mv;
            index = (g * 8) + BitOperations.TrailingZeroCount(Vector256.Equals(v, m).ExtractMostSignificantBits());
        }
    }

    /// <summary>One group's step of <see cref="NearestTwo"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void KeepTwo(Vector256<float> v, int g, ref float best, ref float second, ref int index)
    {
        var m = MinAcross(v);
        var mv = m.ToScalar();
        var lane = BitOperations.TrailingZeroCount(Vector256.Equals(v, m).ExtractMostSignificantBits());
        if (mv < best)
        {
            var others = Vector256.ConditionalSelect(Vector256.Equals(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(lane)).AsSingle(), Vector256.Create(float.PositiveInfinity), v);
            second = Math.Min(best, MinAcross(others).ToScalar());
            best = mv;
            index = (g * 8) + lane;
        }
        else if (mv < second)
        {
            second = mv;
        }
    }

    /// <summary>The nearest centroid (lowest index on ties) and its squared distance (branch-free within a group of eight).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Nearest(ReadOnlySpan<float> x, float[] transposed, int k, out float best)
    {
        var bestIndex = 0;
        best = float.PositiveInfinity;
        for (var g = 0; g * 8 < k; g++)
        {
            Keep(Group(x, transposed, g), g, ref best, ref bestIndex);
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
        for (var g = 0; g * 8 < k; g++)
        {
            KeepTwo(Group(x, transposed, g), g, ref best, ref second, ref bestIndex);
        }

        return bestIndex;
    }

    /// <summary>
    /// Every lane holds the minimum of <paramref name="v"/>. Uses the processor's own minimum instruction: it differs
    /// from IEEE <see cref="Vector256.Min{T}(Vector256{T}, Vector256{T})"/> only for NaN and negative zero, which sums of
    /// squares never are, and costs one instruction instead of three.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> MinAcross(Vector256<float> v)
    {
        v = Vector256.MinNative(v, Vector256.Shuffle(v, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
        v = Vector256.MinNative(v, Vector256.Shuffle(v, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        return Vector256.MinNative(v, Vector256.Shuffle(v, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
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
