using System.Buffers;

namespace Personas.Segmentation;

/// <summary>
/// Working state of one k-means run: labels, Hamerly bounds and per-block partial sums (combined in block order).
/// </summary>
internal sealed class KMeansState
{
    // Float rounding of the bounds must never let a row skip a centroid that is really nearer: widen them a little.
    private const float Slack = 1e-6f;

    private readonly float[] _x;
    private readonly int _n;
    private readonly int _d;
    private readonly int _k;
    private readonly int? _maxDop;
    private readonly CancellationToken _ct;
    private readonly double[][] _blockSums;
    private readonly long[][] _blockCounts;
    private readonly int[] _blockChanges;
    private readonly double[] _blockInertia;
    private readonly ChunkSums[] _chunks;
    private readonly float[] _halfGap;
    private readonly float[] _shift;
    private float[]? _upper;
    private float[]? _rowNorms;
    private bool _rowNormsDone;
    private float[]? _lower;
    private double[] _mean = [];
    private float[] _current = [];
    private float _maxShift;
    private float _secondShift;
    private int _maxShiftIndex;

    public KMeansState(float[] x, int n, int d, int k, int? maxDop, CancellationToken ct)
    {
        (_x, _n, _d, _k, _maxDop, _ct) = (x, n, d, k, maxDop, ct);
        var blocks = RowBlocks.Count(n);
        _blockSums = new double[blocks][];
        _blockCounts = new long[blocks][];
        for (var b = 0; b < blocks; b++)
        {
            _blockSums[b] = new double[k * d];
            _blockCounts[b] = new long[k];
        }

        _blockChanges = new int[blocks];
        _chunks = new ChunkSums[blocks];
        for (var b = 0; b < blocks; b++)
        {
            _chunks[b] = new ChunkSums(k, d);
        }

        _blockInertia = new double[blocks];
        _halfGap = new float[k];
        _shift = new float[k];
        Labels = new int[n];
        Array.Fill(Labels, -1);
    }

    public int[] Labels { get; }

    public long LastChanges { get; private set; }

    /// <summary>
    /// The grand mean and the total sum of squares about it, in one pass (per-block sums of x and x^2 in double,
    /// combined in block order). The total only scales the relative convergence test, so the one-pass formula's
    /// rounding is harmless.
    /// </summary>
    public static (double[] Mean, double Total) Moments(float[] x, int n, int d, int? maxDop, CancellationToken ct)
    {
        var blocks = RowBlocks.Count(n);
        var sums = new double[blocks][];
        var squares = new double[blocks];
        RowBlocks.For(n, maxDop, ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            var sum = new double[d];
            var zero = new float[d];
            double sq = 0;
            for (var i = start; i < end; i++)
            {
                var row = new ReadOnlySpan<float>(x, i * d, d);
                Kernels.AddTo(row, sum);
                sq += Kernels.SquaredDistance(row, zero);
            }

            sums[b] = sum;
            squares[b] = sq;
        });
        var mean = new double[d];
        double total = 0;
        for (var b = 0; b < blocks; b++)
        {
            total += squares[b];
            for (var f = 0; f < d; f++)
            {
                mean[f] += sums[b][f];
            }
        }

        for (var f = 0; f < d; f++)
        {
            mean[f] /= n;
            total -= n * mean[f] * mean[f];
        }

        return (mean, Math.Max(total, 0));
    }

    /// <summary>Uses the grand mean from <see cref="Moments"/> for the between-cluster sum of squares.</summary>
    public void SetMean(double[] mean) => _mean = mean;

    /// <summary>Assigns every row to its nearest centroid; returns the exact inertia. Optionally resets the Hamerly bounds.</summary>
    public double FullAssign(float[] centroids, bool bounds)
    {
        _current = centroids;
        var transposed = CentroidKernels.Transpose(centroids, _k, _d);
        if (bounds)
        {
            _upper ??= new float[_n];
            _lower ??= new float[_n];
        }

        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end, sums, counts) = StartBlock(b);
            var chunk = _chunks[b];
            chunk.Start(sums);
            var changes = 0;
            double inertia = 0;
            var i = start;

            // Four rows at a time share the centroid loads; each row's arithmetic is the same as one at a time.
            var q = default(CentroidKernels.QuadResult);
            for (; i + 3 < end; i += 4)
            {
                CentroidKernels.NearestQuad(_x, i, i + 1, i + 2, i + 3, _d, transposed, _k, bounds, ref q);
                changes += Record(i, q.Index0, q.Best0, q.Second0, bounds, chunk, counts)
                    + Record(i + 1, q.Index1, q.Best1, q.Second1, bounds, chunk, counts)
                    + Record(i + 2, q.Index2, q.Best2, q.Second2, bounds, chunk, counts)
                    + Record(i + 3, q.Index3, q.Best3, q.Second3, bounds, chunk, counts);
                inertia += q.Best0;
                inertia += q.Best1;
                inertia += q.Best2;
                inertia += q.Best3;
            }

            for (; i < end; i++)
            {
                var row = new ReadOnlySpan<float>(_x, i * _d, _d);
                var a = CentroidKernels.NearestTwo(row, transposed, _k, out var best, out var second);
                changes += Record(i, a, best, second, bounds, chunk, counts);
                inertia += best;
            }

            chunk.Flush();
            _blockChanges[b] = changes;
            _blockInertia[b] = inertia;
        });
        LastChanges = _blockChanges.Sum(c => (long)c);
        return SumInOrder(_blockInertia);
    }

    /// <summary>
    /// The assignment step of a Lloyd iteration: the same labels and sums as <see cref="FullAssign"/> without bounds, but
    /// for k up to 8 decided by <see cref="ScoreKernels"/> (checked, with the exact kernel for rows it cannot prove); no
    /// inertia (Lloyd's convergence test uses the inertia computed from the sums).
    /// </summary>
    public void LloydAssign(float[] centroids)
    {
        if (!_rowNormsDone && _k <= 8)
        {
            _rowNorms = ScoreKernels.RowNorms(_x, _n, _d, _maxDop, _ct);
            _rowNormsDone = true;
        }

        if (_k > 8 || _rowNorms is not { } norms)
        {
            FullAssign(centroids, false);
            return;
        }

        _current = centroids;
        var scores = new ScoreKernels(centroids, _k, _d);
        var transposed = CentroidKernels.Transpose(centroids, _k, _d);
        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end, sums, counts) = StartBlock(b);
            var chunk = _chunks[b];
            chunk.Start(sums);
            var changes = 0;
            var q = default(CentroidKernels.QuadResult);
            var i = start;
            for (; i + 3 < end; i += 4)
            {
                var unsure = scores.Quad(_x, i, _d, norms, ref q);
                if (unsure != 0)
                {
                    Recheck(unsure, i, transposed, ref q);
                }

                chunk.AddQuad(_x, i, q.Index0, q.Index1, q.Index2, q.Index3);
                changes += Relabel(i, q.Index0, counts) + Relabel(i + 1, q.Index1, counts) + Relabel(i + 2, q.Index2, counts) + Relabel(i + 3, q.Index3, counts);
            }

            for (; i < end; i++)
            {
                changes += Take(i, CentroidKernels.Nearest(new ReadOnlySpan<float>(_x, i * _d, _d), transposed, _k, out _), chunk, counts);
            }

            chunk.Flush();
            _blockChanges[b] = changes;
        });
        LastChanges = _blockChanges.Sum(c => (long)c);
    }

    /// <summary>Decides the rows flagged in <paramref name="unsure"/> with the exact kernel.</summary>
    private void Recheck(int unsure, int i, float[] transposed, ref CentroidKernels.QuadResult q)
    {
        for (var r = 0; r < 4; r++)
        {
            if ((unsure & (1 << r)) != 0)
            {
                var a = CentroidKernels.Nearest(new ReadOnlySpan<float>(_x, (i + r) * _d, _d), transposed, _k, out _);
                switch (r)
                {
                    case 0: q.Index0 = a; break;
                    case 1: q.Index1 = a; break;
                    case 2: q.Index2 = a; break;
                    default: q.Index3 = a; break;
                }
            }
        }
    }

    /// <summary>
    /// Hamerly's assignment step: rows whose bounds prove their centroid unchanged skip the other centroids and do not
    /// even read their features; the per-block sums are updated only for rows that change cluster (subtract from the
    /// old, add to the new), always in row order within a block, so the result does not depend on threads.
    /// </summary>
    public void HamerlyAssign(float[] centroids)
    {
        _current = centroids;
        var transposed = CentroidKernels.Transpose(centroids, _k, _d);
        var upper = _upper!;
        var lower = _lower!;
        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, _n);
            var sums = _blockSums[b];
            var counts = _blockCounts[b];
            var pending = ArrayPool<int>.Shared.Rent(end - start);
            var m = 0;
            for (var i = start; i < end; i++)
            {
                var a = Labels[i];
                var u = (upper[i] + _shift[a]) * (1 + Slack);
                var l = (lower[i] - (a == _maxShiftIndex ? _secondShift : _maxShift)) * (1 - Slack);
                if (u > Math.Max(_halfGap[a], l))
                {
                    pending[m++] = i;
                }
                else
                {
                    upper[i] = u;
                    lower[i] = l;
                }
            }

            // Rows whose bounds fail get their nearest and second-nearest centroids afresh, four at a time, in row order.
            var changes = 0;
            var q = default(CentroidKernels.QuadResult);
            var t = 0;
            for (; t + 3 < m; t += 4)
            {
                CentroidKernels.NearestQuad(_x, pending[t], pending[t + 1], pending[t + 2], pending[t + 3], _d, transposed, _k, true, ref q);
                changes += Move(pending[t], q.Index0, q.Best0, q.Second0, sums, counts)
                    + Move(pending[t + 1], q.Index1, q.Best1, q.Second1, sums, counts)
                    + Move(pending[t + 2], q.Index2, q.Best2, q.Second2, sums, counts)
                    + Move(pending[t + 3], q.Index3, q.Best3, q.Second3, sums, counts);
            }

            for (; t < m; t++)
            {
                var i = pending[t];
                var nearest = CentroidKernels.NearestTwo(new ReadOnlySpan<float>(_x, i * _d, _d), transposed, _k, out var best, out var second);
                changes += Move(i, nearest, best, second, sums, counts);
            }

            ArrayPool<int>.Shared.Return(pending);
            _blockChanges[b] = changes;
        });
        LastChanges = _blockChanges.Sum(c => (long)c);
    }

    /// <summary>New centroids = means of the last assignment (an empty cluster keeps its centroid), the counts, and the between-cluster sum of squares.</summary>
    public (float[] Next, long[] Counts, double Between) UpdateCentroids()
    {
        var sums = new double[_k * _d];
        var counts = new long[_k];
        for (var b = 0; b < _blockSums.Length; b++)
        {
            var bs = _blockSums[b];
            for (var t = 0; t < sums.Length; t++)
            {
                sums[t] += bs[t];
            }

            for (var j = 0; j < _k; j++)
            {
                counts[j] += _blockCounts[b][j];
            }
        }

        var next = new float[_k * _d];
        double between = 0;
        for (var j = 0; j < _k; j++)
        {
            for (var f = 0; f < _d; f++)
            {
                if (counts[j] == 0)
                {
                    next[(j * _d) + f] = _current[(j * _d) + f];
                    continue;
                }

                var mu = sums[(j * _d) + f] / counts[j];
                next[(j * _d) + f] = (float)mu;
                between += counts[j] * (mu - _mean[f]) * (mu - _mean[f]);
            }
        }

        return (next, counts, between);
    }

    /// <summary>Moves each empty cluster's centroid to one of the rows farthest from their current centroid (distinct rows, lowest index on ties).</summary>
    public int RelocateEmpty(float[] current, float[] next, long[] counts)
    {
        var empty = Enumerable.Range(0, _k).Where(j => counts[j] == 0).ToArray();
        var far = new List<(float Dist, int Row)>();
        for (var i = 0; i < _n; i++)
        {
            var dist = Kernels.SquaredDistance(new ReadOnlySpan<float>(_x, i * _d, _d), new ReadOnlySpan<float>(current, Labels[i] * _d, _d));
            if (far.Count < empty.Length || dist > far[^1].Dist)
            {
                var at = far.FindIndex(p => dist > p.Dist);
                far.Insert(at < 0 ? far.Count : at, (dist, i));
                if (far.Count > empty.Length)
                {
                    far.RemoveAt(far.Count - 1);
                }
            }
        }

        for (var e = 0; e < empty.Length && e < far.Count; e++)
        {
            Array.Copy(_x, (long)far[e].Row * _d, next, empty[e] * _d, _d);
        }

        return empty.Length;
    }

    /// <summary>Centroid shifts and half-gaps for the next Hamerly step.</summary>
    public void PrepareBounds(float[] old, float[] next)
    {
        _maxShift = 0;
        _secondShift = 0;
        _maxShiftIndex = -1;
        for (var j = 0; j < _k; j++)
        {
            var p = MathF.Sqrt(Kernels.SquaredDistance(new ReadOnlySpan<float>(old, j * _d, _d), new ReadOnlySpan<float>(next, j * _d, _d)));
            _shift[j] = p;
            if (p > _maxShift)
            {
                _secondShift = _maxShift;
                _maxShift = p;
                _maxShiftIndex = j;
            }
            else if (p > _secondShift)
            {
                _secondShift = p;
            }
        }

        for (var j = 0; j < _k; j++)
        {
            var min = float.PositiveInfinity;
            for (var q = 0; q < _k; q++)
            {
                if (q != j)
                {
                    min = Math.Min(min, MathF.Sqrt(Kernels.SquaredDistance(new ReadOnlySpan<float>(next, j * _d, _d), new ReadOnlySpan<float>(next, q * _d, _d))));
                }
            }

            _halfGap[j] = _k == 1 ? float.PositiveInfinity : min / 2 * (1 - Slack);
        }
    }

    /// <summary>Records an assignment pass's result for row <paramref name="i"/> (bounds when asked); 1 when its label changed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Record(int i, int a, float best, float second, bool bounds, ChunkSums chunk, long[] counts)
    {
        if (bounds)
        {
            _upper![i] = MathF.Sqrt(best);
            _lower![i] = MathF.Sqrt(second);
        }

        return Take(i, a, chunk, counts);
    }

    /// <summary>Hamerly: exact bounds for row <paramref name="i"/>, and its move to cluster <paramref name="nearest"/> in the block's sums; 1 when it moved.</summary>
    private int Move(int i, int nearest, float best, float second, double[] sums, long[] counts)
    {
        _upper![i] = MathF.Sqrt(best);
        _lower![i] = MathF.Sqrt(second);
        var a = Labels[i];
        if (nearest == a)
        {
            return 0;
        }

        var row = new ReadOnlySpan<float>(_x, i * _d, _d);
        counts[a]--;
        counts[nearest]++;
        Kernels.SubtractFrom(row, sums.AsSpan(a * _d, _d));
        Kernels.AddTo(row, sums.AsSpan(nearest * _d, _d));
        Labels[i] = nearest;
        return 1;
    }

    /// <summary>Labels row <paramref name="i"/> with cluster <paramref name="a"/> and counts it; 1 when its label changed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Relabel(int i, int a, long[] counts)
    {
        counts[a]++;
        if (a == Labels[i])
        {
            return 0;
        }

        Labels[i] = a;
        return 1;
    }

    /// <summary>Labels row <paramref name="i"/> with cluster <paramref name="a"/> and adds it to the block's sums; 1 when its label changed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Take(int i, int a, ChunkSums chunk, long[] counts)
    {
        chunk.Add(_x, i, a);
        return Relabel(i, a, counts);
    }

    /// <summary>The row range of a block and its cleared partial sums and counts.</summary>
    private (int Start, int End, double[] Sums, long[] Counts) StartBlock(int b)
    {
        var (start, end) = RowBlocks.Range(b, _n);
        Array.Clear(_blockSums[b]);
        Array.Clear(_blockCounts[b]);
        return (start, end, _blockSums[b], _blockCounts[b]);
    }

    private static double SumInOrder(double[] values)
    {
        double s = 0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }
}
