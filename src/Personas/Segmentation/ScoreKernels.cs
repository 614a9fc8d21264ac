using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Personas.Segmentation;

/// <summary>
/// The fast assignment used inside Lloyd iterations when k is at most 8: the nearest centroid minimises
/// <c>|c|^2 - 2 x.c</c> (the squared distance less the row's own <c>|x|^2</c>), one fused multiply-add per feature and
/// row instead of a subtraction and a multiply-add. That form loses precision when rows are far from the origin, so
/// every decision is checked: a row whose second-best score is within a proven rounding-error bound of its best is
/// decided again with the exact distance kernel (<see cref="CentroidKernels"/>). Labels are therefore exactly those of
/// the exact kernel, and the arithmetic (fixed order, fused multiply-add rounded once) is the same on every machine.
/// </summary>
internal sealed class ScoreKernels
{
    private readonly float[] _scaled;
    private readonly Vector256<float> _norms;
    private readonly float _maxNorm;
    private readonly float _errorFactor;

    /// <summary>Prepares <paramref name="k"/> (at most 8) centroids of dimension <paramref name="d"/>.</summary>
    public ScoreKernels(ReadOnlySpan<float> centroids, int k, int d)
    {
        _scaled = new float[d * 8];
        var norms = new float[8];
        Array.Fill(norms, CentroidKernels.Pad);
        for (var j = 0; j < k; j++)
        {
            double norm = 0;
            for (var f = 0; f < d; f++)
            {
                var c = centroids[(j * d) + f];
                _scaled[(f * 8) + j] = -2 * c;
                norm += (double)c * c;
            }

            norms[j] = (float)norm;
            _maxNorm = Math.Max(_maxNorm, (float)norm);
        }

        _norms = Vector256.Create(norms);

        // Each score is |c|^2 plus d products accumulated in two chains of fused multiply-adds, then one addition:
        // at most d/2 + 3 roundings of terms bounded by |c|^2 + 2|x||c| <= 2(|x|^2 + |c|^2). Two scores' errors can add
        // up; a factor of four on top leaves a wide margin.
        _errorFactor = (float)(4 * 2 * 2 * ((d / 2.0) + 3) * Math.Pow(2, -24));
    }

    /// <summary>
    /// The nearest centroids of the four rows starting at <paramref name="i"/> by score; returns a bit per row (bit r for
    /// row i + r) whose decision is not proven and must be made with the exact kernel.
    /// </summary>
    /// <param name="x">The matrix.</param>
    /// <param name="i">The first of four consecutive rows.</param>
    /// <param name="d">Features per row.</param>
    /// <param name="rowNorms">Each row's <c>|x|^2</c>.</param>
    /// <param name="result">Receives the indices.</param>
    public int Quad(float[] x, int i, int d, float[] rowNorms, ref CentroidKernels.QuadResult result)
    {
        ref var pa = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(x), (nint)i * d);
        ref var pc = ref MemoryMarshal.GetArrayDataReference(_scaled);
        nint d1 = d, d2 = 2 * d, d3 = 3 * d;
        var a0 = _norms;
        var b0 = _norms;
        var e0 = _norms;
        var h0 = _norms;
        var a1 = Vector256<float>.Zero;
        var b1 = Vector256<float>.Zero;
        var e1 = Vector256<float>.Zero;
        var h1 = Vector256<float>.Zero;
        var f = 0;
        for (; f <= d - 2; f += 2)
        {
            var c0 = Vector256.LoadUnsafe(ref pc);
            var c1 = Vector256.LoadUnsafe(ref pc, 8);
            a0 = Vector256.FusedMultiplyAdd(Vector256.Create(pa), c0, a0);
            a1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, 1)), c1, a1);
            b0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d1)), c0, b0);
            b1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d1 + 1)), c1, b1);
            e0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d2)), c0, e0);
            e1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d2 + 1)), c1, e1);
            h0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d3)), c0, h0);
            h1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d3 + 1)), c1, h1);
            pa = ref Unsafe.Add(ref pa, 2);
            pc = ref Unsafe.Add(ref pc, 16);
        }

        if (f < d)
        {
            var c0 = Vector256.LoadUnsafe(ref pc);
            a0 = Vector256.FusedMultiplyAdd(Vector256.Create(pa), c0, a0);
            b0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d1)), c0, b0);
            e0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d2)), c0, e0);
            h0 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref pa, d3)), c0, h0);
        }

        var unsure = Decide(a0 + a1, rowNorms[i], ref result.Index0);
        unsure |= Decide(b0 + b1, rowNorms[i + 1], ref result.Index1) << 1;
        unsure |= Decide(e0 + e1, rowNorms[i + 2], ref result.Index2) << 2;
        unsure |= Decide(h0 + h1, rowNorms[i + 3], ref result.Index3) << 3;
        return unsure;
    }

    /// <summary>
    /// Squared norm of every row (fused multiply-adds in feature order), or null when a norm is not finite (values
    /// beyond about 1e19, where scores could overflow): the exact kernel is used then.
    /// </summary>
    public static float[]? RowNorms(float[] x, int n, int d, int? maxDop, CancellationToken ct)
    {
        var norms = new float[n];
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            for (var i = start; i < end; i++)
            {
                float s = 0;
                for (var f = 0; f < d; f++)
                {
                    var v = x[(i * d) + f];
                    s = MathF.FusedMultiplyAdd(v, v, s);
                }

                norms[i] = s;
            }
        });
        return Array.TrueForAll(norms, float.IsFinite) ? norms : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Decide(Vector256<float> scores, float rowNorm, ref int index)
    {
        var m = CentroidKernels.MinAcross(scores);
        index = BitOperations.TrailingZeroCount(Vector256.Equals(scores, m).ExtractMostSignificantBits());
        var tolerance = _errorFactor * (rowNorm + _maxNorm);
        var near = Vector256.LessThanOrEqual(scores, m + Vector256.Create(tolerance)).ExtractMostSignificantBits();
        return BitOperations.PopCount(near) > 1 ? 1 : 0;
    }
}
