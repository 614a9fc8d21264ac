using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// Per-cluster row sums for one row block, accumulated in float over short runs of rows and then added to the block's
/// double sums. Adding a float row to a float accumulator needs no conversion, and padding each cluster's accumulator
/// to whole 256-bit vectors keeps every load and store the same width (processors forward such stores to the next load
/// of the same cluster without a stall). A run of at most <see cref="Run"/> rows keeps the float partial sums accurate
/// to about 1e-6 relative; the order of additions is fixed by the row order, so results do not depend on threads.
/// </summary>
internal sealed class ChunkSums
{
    /// <summary>Rows accumulated in float before they are added to the double sums.</summary>
    public const int Run = 128;

    private readonly float[] _acc;
    private readonly int _k;
    private readonly int _d;
    private readonly int _stride;
    private readonly Vector256<float> _tailMask;
    private int _pending;
    private double[] _target = [];

    public ChunkSums(int k, int d)
    {
        (_k, _d) = (k, d);
        _stride = (d + 7) / 8 * 8;
        _acc = new float[k * _stride];
        var tail = d % 8;
        _tailMask = tail == 0
            ? Vector256<float>.AllBitsSet
            : Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(tail)).AsSingle();
    }

    /// <summary>Starts a block whose double sums (k x d, row-major, already cleared) receive the rows.</summary>
    public void Start(double[] target)
    {
        _target = target;
        _pending = 0;
        Array.Clear(_acc);
    }

    /// <summary>Adds row <paramref name="i"/> of <paramref name="x"/> to cluster <paramref name="cluster"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(float[] x, int i, int cluster)
    {
        var offset = i * _d;
        ref var acc = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_acc), cluster * _stride);
        ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(x), offset);
        var f = 0;
        for (; f <= _d - 8; f += 8)
        {
            (Vector256.LoadUnsafe(ref acc, (nuint)f) + Vector256.LoadUnsafe(ref row, (nuint)f)).StoreUnsafe(ref acc, (nuint)f);
        }

        if (f < _d)
        {
            if (offset + f + 8 <= x.Length)
            {
                // The wide load reads a few values of the next row; the mask zeroes them.
                var v = Vector256.LoadUnsafe(ref row, (nuint)f) & _tailMask;
                (Vector256.LoadUnsafe(ref acc, (nuint)f) + v).StoreUnsafe(ref acc, (nuint)f);
            }
            else
            {
                for (; f < _d; f++)
                {
                    Unsafe.Add(ref acc, f) += Unsafe.Add(ref row, f);
                }
            }
        }

        if (++_pending == Run)
        {
            Flush();
        }
    }

    /// <summary>Adds the four consecutive rows starting at <paramref name="i"/> to their clusters, in row order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddQuad(float[] x, int i, int c0, int c1, int c2, int c3)
    {
        var d = _d;
        var full = d & ~7;
        if ((long)(i + 3) * d + full + 8 > x.Length || d < 8)
        {
            Add(x, i, c0);
            Add(x, i + 1, c1);
            Add(x, i + 2, c2);
            Add(x, i + 3, c3);
            return;
        }

        ref var acc = ref MemoryMarshal.GetArrayDataReference(_acc);
        ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(x), (nint)i * d);
        var stride = _stride;
        var mask = _tailMask;
        AddOne(ref row, ref Unsafe.Add(ref acc, c0 * stride), full, mask);
        AddOne(ref Unsafe.Add(ref row, d), ref Unsafe.Add(ref acc, c1 * stride), full, mask);
        AddOne(ref Unsafe.Add(ref row, 2 * d), ref Unsafe.Add(ref acc, c2 * stride), full, mask);
        AddOne(ref Unsafe.Add(ref row, 3 * d), ref Unsafe.Add(ref acc, c3 * stride), full, mask);
        _pending += 4;
        if (_pending >= Run)
        {
            Flush();
        }
    }

    /// <summary>Adds one row whose tail may be read as a whole vector (the caller checked the bounds); the mask zeroes the values beyond the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddOne(ref float row, ref float acc, int full, Vector256<float> mask)
    {
        var f = 0;
        for (; f < full; f += 8)
        {
            (Vector256.LoadUnsafe(ref acc, (nuint)f) + Vector256.LoadUnsafe(ref row, (nuint)f)).StoreUnsafe(ref acc, (nuint)f);
        }

        (Vector256.LoadUnsafe(ref acc, (nuint)f) + (Vector256.LoadUnsafe(ref row, (nuint)f) & mask)).StoreUnsafe(ref acc, (nuint)f);
    }

    /// <summary>Adds the pending float sums to the double sums and clears them.</summary>
    public void Flush()
    {
        if (_pending == 0)
        {
            return;
        }

        for (var j = 0; j < _k; j++)
        {
            for (var f = 0; f < _d; f++)
            {
                _target[(j * _d) + f] += _acc[(j * _stride) + f];
            }
        }

        Array.Clear(_acc);
        _pending = 0;
    }
}
