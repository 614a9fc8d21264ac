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
    private readonly float[] _halfGap;
    private readonly float[] _shift;
    private float[]? _upper;
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
        _blockInertia = new double[blocks];
        _halfGap = new float[k];
        _shift = new float[k];
        Labels = new int[n];
        Array.Fill(Labels, -1);
    }

    public int[] Labels { get; }

    public long LastChanges { get; private set; }

    /// <summary>The total sum of squares about the grand mean (also stores the mean).</summary>
    public double TotalSumOfSquares()
    {
        var blocks = _blockSums.Length;
        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, _n);
            var sum = _blockSums[b].AsSpan(0, _d);
            sum.Clear();
            for (var i = start; i < end; i++)
            {
                Kernels.AddTo(new ReadOnlySpan<float>(_x, i * _d, _d), sum);
            }
        });
        _mean = new double[_d];
        for (var b = 0; b < blocks; b++)
        {
            for (var f = 0; f < _d; f++)
            {
                _mean[f] += _blockSums[b][f];
            }
        }

        for (var f = 0; f < _d; f++)
        {
            _mean[f] /= _n;
        }

        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, _n);
            double s = 0;
            for (var i = start; i < end; i++)
            {
                for (var f = 0; f < _d; f++)
                {
                    var v = _x[(i * _d) + f] - _mean[f];
                    s += v * v;
                }
            }

            _blockInertia[b] = s;
        });
        return SumInOrder(_blockInertia);
    }

    /// <summary>Assigns every row to its nearest centroid; returns the exact inertia. Optionally resets the Hamerly bounds.</summary>
    public double FullAssign(float[] centroids, bool bounds)
    {
        _current = centroids;
        if (bounds)
        {
            _upper ??= new float[_n];
            _lower ??= new float[_n];
        }

        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, _n);
            var sums = _blockSums[b];
            var counts = _blockCounts[b];
            Array.Clear(sums);
            Array.Clear(counts);
            var changes = 0;
            double inertia = 0;
            for (var i = start; i < end; i++)
            {
                var row = new ReadOnlySpan<float>(_x, i * _d, _d);
                int a;
                float best;
                if (bounds)
                {
                    a = Kernels.NearestTwo(row, centroids, _k, out best, out var second);
                    _upper![i] = MathF.Sqrt(best);
                    _lower![i] = MathF.Sqrt(second);
                }
                else
                {
                    a = Kernels.Nearest(row, centroids, _k, out best);
                }

                if (a != Labels[i])
                {
                    changes++;
                    Labels[i] = a;
                }

                inertia += best;
                counts[a]++;
                Kernels.AddTo(row, sums.AsSpan(a * _d, _d));
            }

            _blockChanges[b] = changes;
            _blockInertia[b] = inertia;
        });
        LastChanges = _blockChanges.Sum(c => (long)c);
        return SumInOrder(_blockInertia);
    }

    /// <summary>Hamerly's assignment step: rows whose bounds prove their centroid unchanged skip the other centroids.</summary>
    public void HamerlyAssign(float[] centroids)
    {
        _current = centroids;
        var upper = _upper!;
        var lower = _lower!;
        RowBlocks.For(_n, _maxDop, _ct, b =>
        {
            var (start, end) = RowBlocks.Range(b, _n);
            var sums = _blockSums[b];
            var counts = _blockCounts[b];
            Array.Clear(sums);
            Array.Clear(counts);
            var changes = 0;
            for (var i = start; i < end; i++)
            {
                var row = new ReadOnlySpan<float>(_x, i * _d, _d);
                var a = Labels[i];
                var u = (upper[i] + _shift[a]) * (1 + Slack);
                var l = (lower[i] - (a == _maxShiftIndex ? _secondShift : _maxShift)) * (1 - Slack);
                var m = Math.Max(_halfGap[a], l);
                if (u > m)
                {
                    u = MathF.Sqrt(Kernels.SquaredDistance(row, new ReadOnlySpan<float>(centroids, a * _d, _d))) * (1 + Slack);
                    if (u > m)
                    {
                        var nearest = Kernels.NearestTwo(row, centroids, _k, out var best, out var second);
                        u = MathF.Sqrt(best);
                        l = MathF.Sqrt(second);
                        if (nearest != a)
                        {
                            changes++;
                            a = nearest;
                            Labels[i] = a;
                        }
                    }
                }

                upper[i] = u;
                lower[i] = l;
                counts[a]++;
                Kernels.AddTo(row, sums.AsSpan(a * _d, _d));
            }

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
