namespace Personas.Journeys;

/// <summary>The directly-follows graph: counts by a dense edge index, durations bucketed by edge (counting sort), medians by selection.</summary>
internal sealed partial class SummaryCalculator
{
    private DirectlyFollowsGraph Dfg(int[] journeys)
    {
        var t = _log.Touchpoints.Count;
        var edgeIndex = new EdgeIndex(t);
        var occurrences = new long[t];
        var start = new long[t];
        var end = new long[t];
        var counts = new long[Math.Max(1, Math.Min(t * t, 4096))];
        // With up to 255 touchpoints every edge id fits in 16 bits: remember each transition's edge for the duration passes.
        var cache = t <= 255 ? new ushort[_tp.Length] : null;
        var n = 0;
        foreach (var j in journeys)
        {
            var s = set.Starts[j];
            var e = set.Ends[j];
            start[_tp[s]]++;
            end[_tp[e - 1]]++;
            occurrences[_tp[s]]++;
            for (var i = s + 1; i < e; i++)
            {
                occurrences[_tp[i]]++;
                var id = edgeIndex.GetOrAdd(_tp[i - 1], _tp[i]);
                if (id == counts.Length)
                {
                    Array.Resize(ref counts, counts.Length * 2);
                }

                counts[id]++;
                if (cache is not null)
                {
                    cache[n++] = (ushort)id;
                }
            }
        }

        // Durations are bucketed by edge in chunks of edges, so the buffer stays near one eighth of the transitions.
        var edgeCount = edgeIndex.Count;
        var edges = new DfgEdge[edgeCount];
        var budget = Math.Max(1L << 20, counts.Sum() / 8);
        var lo = 0;
        while (lo < edgeCount)
        {
            var hi = lo;
            long size = 0;
            while (hi < edgeCount && (hi == lo || size + counts[hi] <= budget))
            {
                size += counts[hi++];
            }

            var offsets = new long[hi - lo + 1];
            for (var k = lo; k < hi; k++)
            {
                offsets[k - lo + 1] = offsets[k - lo] + counts[k];
            }

            var durations = new long[size];
            var next = offsets[..^1];
            var k2 = 0;
            foreach (var j in journeys)
            {
                for (var i = set.Starts[j] + 1; i < set.Ends[j]; i++)
                {
                    var id = cache is not null ? cache[k2++] : edgeIndex.GetOrAdd(_tp[i - 1], _tp[i]);
                    if (id >= lo && id < hi)
                    {
                        durations[next[id - lo]++] = _ticks[i] - _ticks[i - 1];
                    }
                }
            }

            for (var k = lo; k < hi; k++)
            {
                edges[k] = EdgeStatistics(edgeIndex.Pair(k), durations.AsSpan((int)offsets[k - lo], (int)counts[k]), occurrences);
            }

            lo = hi;
        }

        Array.Sort(edges, (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.From, b.From) != 0 ? string.CompareOrdinal(a.From, b.From) : string.CompareOrdinal(a.To, b.To));
        return new DirectlyFollowsGraph(edges, ToMap(start), ToMap(end));
    }

    private DfgEdge EdgeStatistics((int From, int To) pair, Span<long> span, long[] occurrences)
    {
        const double tps = TimeSpan.TicksPerSecond;
        long min = long.MaxValue, max = long.MinValue;
        foreach (var d in span)
        {
            min = Math.Min(min, d);
            max = Math.Max(max, d);
        }

        // Exact sum: blocks of 256 durations fit a long unless a gap exceeds about a century; the block sums add in 128 bits.
        Int128 sum = 0;
        const int block = 256;
        var fast = min >= 0 && max < long.MaxValue / block; // durations are never negative: events are sorted by time
        for (var b = 0; b < span.Length; b += block)
        {
            var part = span.Slice(b, Math.Min(block, span.Length - b));
            if (fast)
            {
                long partial = 0;
                foreach (var d in part)
                {
                    partial += d;
                }

                sum += partial;
            }
            else
            {
                foreach (var d in part)
                {
                    sum += d;
                }
            }
        }

        var n = span.Length;
        var mean = (double)sum / n;
        var sq = 0.0;
        foreach (var d in span)
        {
            sq += (d - mean) * (d - mean);
        }

        var stdev = n > 1 ? Math.Sqrt(sq / (n - 1)) : 0;
        var median = Median(span);
        return new DfgEdge(_log.Touchpoints[pair.From], _log.Touchpoints[pair.To], n, (double)n / occurrences[pair.From], mean / tps, median / tps, min / tps, max / tps, (double)sum / tps, stdev / tps);
    }

    private Dictionary<string, long> ToMap(long[] counts)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0)
            {
                map[_log.Touchpoints[t]] = counts[t];
            }
        }

        return map;
    }

    /// <summary>The median (mean of the two middle values for an even count); reorders the span.</summary>
    internal static double Median(Span<long> values)
    {
        var n = values.Length;
        var upper = OrderStatistics.Select(values, n / 2);
        if (n % 2 == 1)
        {
            return upper;
        }

        // After selection every value left of n/2 is at most the upper middle; the lower middle is their maximum.
        var lower = long.MinValue;
        foreach (var v in values[..(n / 2)])
        {
            lower = Math.Max(lower, v);
        }

        return (lower / 2.0) + (upper / 2.0);
    }

    /// <summary>Maps (from, to) touchpoint pairs to dense edge ids in order of first occurrence.</summary>
    internal sealed class EdgeIndex(int touchpoints)
    {
        private readonly int[]? _dense = touchpoints <= 2048 ? CreateDense(touchpoints) : null;
        private readonly Dictionary<long, int> _sparse = [];
        private readonly List<long> _pairs = [];

        public int Count => _pairs.Count;

        public int GetOrAdd(int from, int to)
        {
            var key = ((long)from * touchpoints) + to;
            if (_dense is not null)
            {
                var id = _dense[key];
                if (id < 0)
                {
                    id = _pairs.Count;
                    _dense[key] = id;
                    _pairs.Add(key);
                }

                return id;
            }

            if (!_sparse.TryGetValue(key, out var sid))
            {
                sid = _pairs.Count;
                _sparse.Add(key, sid);
                _pairs.Add(key);
            }

            return sid;
        }

        public (int From, int To) Pair(int id) => ((int)(_pairs[id] / touchpoints), (int)(_pairs[id] % touchpoints));

        private static int[] CreateDense(int t)
        {
            var a = new int[t * t];
            Array.Fill(a, -1);
            return a;
        }
    }
}
