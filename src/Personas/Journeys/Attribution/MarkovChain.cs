namespace Personas.Journeys.Attribution;

/// <summary>
/// The states of an order-k chain over a path set (consecutive repeats collapsed) and an exact solver of the
/// absorption probability into the conversion state, with any set of touchpoints removed.
/// </summary>
internal sealed class MarkovChain
{
    public const string StartName = "(start)";
    public const string ConversionName = "(conversion)";
    public const string NullName = "(null)";
    private const int DenseLimit = 400;

    private readonly int[] _seq;
    private readonly int[] _seqOffsets;
    private readonly int[][] _stateChannels;

    public MarkovChain(PathSet paths, int order)
    {
        var channelCount = paths.Channels.Count;
        ChannelCount = channelCount;
        if (order == 1)
        {
            // States are the channels: use the paths as they are; repeats are skipped while counting.
            _seq = paths.DataArray;
            _seqOffsets = paths.OffsetArray;
            StateNames = [.. paths.Channels];
            _stateChannels = Enumerable.Range(0, channelCount).Select(c => new[] { c }).ToArray();
            return;
        }

        var seq = new int[paths.Data.Length];
        var n = 0;
        var offsets = new int[paths.Count + 1];
        var names = new List<string>();
        var channelsOf = new List<int[]>();
        var tupleIds = new Dictionary<string, int>(StringComparer.Ordinal);

        var collapsed = new List<int>();
        for (var p = 0; p < paths.Count; p++)
        {
            collapsed.Clear();
            foreach (var c in paths.ChannelIds(p))
            {
                if (collapsed.Count == 0 || collapsed[^1] != c)
                {
                    collapsed.Add(c);
                }
            }

            for (var i = 0; i < collapsed.Count; i++)
            {
                var from = Math.Max(0, i - order + 1);
                var key = string.Join(',', collapsed.GetRange(from, i - from + 1));
                if (!tupleIds.TryGetValue(key, out var id))
                {
                    id = names.Count;
                    tupleIds.Add(key, id);
                    var tuple = collapsed.GetRange(from, i - from + 1).ToArray();
                    names.Add(string.Join(" > ", tuple.Select(t => paths.Channels[t])));
                    channelsOf.Add(tuple);
                }

                seq[n++] = id;
            }

            offsets[p + 1] = n;
        }

        _seq = seq; // only the first offsets[^1] entries are used
        _seqOffsets = offsets;
        StateNames = [.. names];
        _stateChannels = [.. channelsOf];
    }

    public string[] StateNames { get; }

    public int StateCount => StateNames.Length;

    public int ChannelCount { get; }

    /// <summary>Row-normalised transitions in CSR form. Rows 0..S-1 are states, row S is the start; columns S+1 = conversion, S+2 = null.</summary>
    public Transitions Count(ReadOnlySpan<double> conversions, ReadOnlySpan<double> nulls)
    {
        var s = StateCount;
        var width = s + 3;
        var weights = new Dictionary<long, double>();
        double[]? dense = (long)(s + 1) * width <= (1 << 20) ? new double[(s + 1) * width] : null;
        void Add(int from, int to, double w)
        {
            if (dense is not null)
            {
                dense[(from * width) + to] += w;
            }
            else
            {
                var key = ((long)from * width) + to;
                weights[key] = weights.GetValueOrDefault(key) + w;
            }
        }

        for (var p = 0; p < conversions.Length; p++)
        {
            var w = conversions[p] + nulls[p];
            if (w <= 0)
            {
                continue;
            }

            var a = _seqOffsets[p];
            var b = _seqOffsets[p + 1];
            var prev = _seq[a];
            Add(s, prev, w);
            for (var i = a + 1; i < b; i++)
            {
                // Consecutive repeats of a state are collapsed (ChannelAttribution).
                var cur = _seq[i];
                if (cur != prev)
                {
                    Add(prev, cur, w);
                    prev = cur;
                }
            }

            if (conversions[p] > 0)
            {
                Add(prev, s + 1, conversions[p]);
            }

            if (nulls[p] > 0)
            {
                Add(prev, s + 2, nulls[p]);
            }
        }

        var entries = dense is not null
            ? Enumerable.Range(0, dense.Length).Where(i => dense[i] != 0).Select(i => ((long)i, dense[i]))
            : weights.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value));
        return new Transitions(s, width, entries);
    }

    /// <summary>P(conversion) from the start with the states holding any removed channel made absorbing at 0.</summary>
    public double Solve(Transitions t, bool[]? removedChannels)
    {
        var s = StateCount;
        var removed = new bool[s];
        if (removedChannels is not null)
        {
            for (var i = 0; i < s; i++)
            {
                foreach (var c in _stateChannels[i])
                {
                    removed[i] |= removedChannels[c];
                }
            }
        }

        var x = s <= DenseLimit ? SolveDense(t, removed) : SolveIterative(t, removed);
        var start = 0.0;
        for (var k = t.RowStart[s]; k < t.RowStart[s + 1]; k++)
        {
            var col = t.Columns[k];
            if (col < s)
            {
                start += t.Probabilities[k] * x[col];
            }
            else if (col == s + 1)
            {
                start += t.Probabilities[k];
            }
        }

        return start;
    }

    public IEnumerable<int> ChannelsOfState(int state) => _stateChannels[state];

    // (I - Q) x = b over the kept states, Gaussian elimination with partial pivoting.
    private static double[] SolveDense(Transitions t, bool[] removed)
    {
        var s = removed.Length;
        var a = new double[s, s];
        var b = new double[s];
        for (var i = 0; i < s; i++)
        {
            a[i, i] = 1;
            if (removed[i])
            {
                continue;
            }

            for (var k = t.RowStart[i]; k < t.RowStart[i + 1]; k++)
            {
                var col = t.Columns[k];
                if (col < s)
                {
                    if (!removed[col])
                    {
                        a[i, col] -= t.Probabilities[k];
                    }
                }
                else if (col == s + 1)
                {
                    b[i] += t.Probabilities[k];
                }
            }
        }

        for (var col = 0; col < s; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < s; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = 0; c < s; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            var d = a[col, col];
            if (d == 0)
            {
                continue;
            }

            for (var r = col + 1; r < s; r++)
            {
                var f = a[r, col] / d;
                if (f == 0)
                {
                    continue;
                }

                for (var c = col; c < s; c++)
                {
                    a[r, c] -= f * a[col, c];
                }

                b[r] -= f * b[col];
            }
        }

        var x = new double[s];
        for (var r = s - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < s; c++)
            {
                sum -= a[r, c] * x[c];
            }

            x[r] = a[r, r] == 0 ? 0 : sum / a[r, r];
        }

        return x;
    }

    // Gauss-Seidel in a fixed order: x rises monotonically to the absorption probabilities; stops when a sweep changes nothing above 1e-15.
    private static double[] SolveIterative(Transitions t, bool[] removed)
    {
        var s = removed.Length;
        var x = new double[s];
        for (var sweep = 0; sweep < 1_000_000; sweep++)
        {
            var change = 0.0;
            for (var i = 0; i < s; i++)
            {
                if (removed[i])
                {
                    continue;
                }

                var v = 0.0;
                for (var k = t.RowStart[i]; k < t.RowStart[i + 1]; k++)
                {
                    var col = t.Columns[k];
                    if (col < s)
                    {
                        v += removed[col] ? 0 : t.Probabilities[k] * x[col];
                    }
                    else if (col == s + 1)
                    {
                        v += t.Probabilities[k];
                    }
                }

                change = Math.Max(change, Math.Abs(v - x[i]));
                x[i] = v;
            }

            if (change < 1e-15)
            {
                break;
            }
        }

        return x;
    }

    /// <summary>Row-normalised transition probabilities in CSR form.</summary>
    internal sealed class Transitions
    {
        public Transitions(int stateCount, int width, IEnumerable<(long Key, double Weight)> entries)
        {
            var list = entries.ToList();
            RowStart = new int[stateCount + 2];
            Columns = new int[list.Count];
            Probabilities = new double[list.Count];
            Weights = new double[list.Count];
            RowTotals = new double[stateCount + 1];
            for (var k = 0; k < list.Count; k++)
            {
                var row = (int)(list[k].Key / width);
                Columns[k] = (int)(list[k].Key % width);
                Weights[k] = list[k].Weight;
                RowStart[row + 1]++;
                RowTotals[row] += list[k].Weight;
            }

            for (var r = 0; r <= stateCount; r++)
            {
                RowStart[r + 1] += RowStart[r];
            }

            for (var r = 0; r <= stateCount; r++)
            {
                for (var k = RowStart[r]; k < RowStart[r + 1]; k++)
                {
                    Probabilities[k] = Weights[k] / RowTotals[r];
                }
            }
        }

        public int[] RowStart { get; }

        public int[] Columns { get; }

        public double[] Probabilities { get; }

        public double[] Weights { get; }

        public double[] RowTotals { get; }
    }
}
