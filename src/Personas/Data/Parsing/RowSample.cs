using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>
/// Draws a sample of input records in one streaming pass, holding only the sample: the records with the smallest seeded
/// SplitMix64 hash of their position (uniform without replacement, deterministic, thread-independent); stratified, each
/// value of the column gets its largest-remainder share of the size.
/// </summary>
internal static class RowSample
{
    /// <summary>The most values a stratifying column may have (each holds up to the sample size of positions while drawing).</summary>
    public const int MaxStrata = 1000;

    /// <summary>The positions drawn (0-based record positions, ascending), the records in total, and per stratum its records and draws.</summary>
    public sealed record Selection(long[] Positions, long Rows, IReadOnlyList<(string Value, long Rows, long Sampled)> Strata);

    public static Selection Select(string source, string[] header, Func<IRecordSource> open, TrainingSampleOptions o, CancellationToken ct)
    {
        o.Validate();
        var byCol = -1;
        if (o.By is { } by)
        {
            byCol = Array.IndexOf(header, by);
            if (byCol < 0)
            {
                throw new OptionValueException("TrainingSampleOptions.By", by, $"a column of {source} ({string.Join(", ", header)})");
            }
        }

        var strata = new Dictionary<string, Stratum>(StringComparer.Ordinal);
        var capacity = (int)Math.Min(o.Size, int.MaxValue - 64);
        var seed = Mix((ulong)(uint)o.Seed ^ 0x5EED_5A3F_1E5C_0DE5UL);
        long position = 0;
        using (var records = open())
        {
            while (records.ReadRecord())
            {
                if ((position & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var value = byCol < 0 ? string.Empty : Value(records, byCol);
                if (!strata.TryGetValue(value, out var s))
                {
                    if (strata.Count == MaxStrata)
                    {
                        throw new OptionValueException("TrainingSampleOptions.By", o.By, string.Create(CultureInfo.InvariantCulture, $"a column with at most {MaxStrata:N0} values to stratify by; '{o.By}' has more by line {records.RecordLine:N0}"));
                    }

                    s = new Stratum();
                    strata[value] = s;
                }

                s.Add(Mix(seed ^ (ulong)position), position, capacity);
                position++;
            }
        }

        var names = strata.Keys.Order(StringComparer.Ordinal).ToArray();
        var quotas = Quotas(names.Select(n => strata[n].Rows).ToArray(), Math.Min(o.Size, position));
        var positions = new List<long>();
        var report = new List<(string, long, long)>();
        for (var i = 0; i < names.Length; i++)
        {
            var drawn = strata[names[i]].Smallest(quotas[i]);
            positions.AddRange(drawn);
            report.Add((byCol < 0 ? "(all rows)" : names[i], strata[names[i]].Rows, drawn.Count));
        }

        var sorted = positions.ToArray();
        Array.Sort(sorted);
        return new Selection(sorted, position, report);
    }

    /// <summary>The stratum label of a record: the trimmed cell, or <c>(missing)</c>.</summary>
    private static string Value(IRecordSource r, int col)
    {
        if (r.IsBlankRecord || col >= r.FieldCount)
        {
            return "(missing)";
        }

        var cell = r.Field(col).Trim();
        return NumberParser.IsMissing(cell) ? "(missing)" : cell.ToString();
    }

    /// <summary>Largest-remainder shares of <paramref name="total"/> proportional to <paramref name="rows"/> (ties: the earlier stratum in name order).</summary>
    internal static long[] Quotas(long[] rows, long total)
    {
        var all = rows.Sum();
        var quotas = new long[rows.Length];
        var remainders = new (decimal Remainder, int Index)[rows.Length];
        long given = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var exact = (decimal)total * rows[i] / all;
            quotas[i] = (long)Math.Floor(exact);
            given += quotas[i];
            remainders[i] = (exact - quotas[i], i);
        }

        foreach (var (_, i) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(total - given)))
        {
            quotas[i]++;
        }

        return quotas;
    }

    /// <summary>SplitMix64's finaliser: a well-mixed 64-bit hash.</summary>
    internal static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The records of one stratum: their count and the (up to capacity) smallest hashes, in a max-heap.</summary>
    private sealed class Stratum
    {
        private readonly PriorityQueue<long, (ulong Key, long Position)> _heap = new(Comparer<(ulong Key, long Position)>.Create((a, b) => b.CompareTo(a)));

        public long Rows { get; private set; }

        public void Add(ulong key, long position, int capacity)
        {
            Rows++;
            if (_heap.Count < capacity)
            {
                _heap.Enqueue(position, (key, position));
            }
            else if (_heap.TryPeek(out _, out var top) && (key, position).CompareTo(top) < 0)
            {
                _heap.DequeueEnqueue(position, (key, position));
            }
        }

        /// <summary>The positions of the <paramref name="n"/> smallest hashes.</summary>
        public List<long> Smallest(long n)
        {
            var items = _heap.UnorderedItems.Select(x => x.Priority).ToArray();
            Array.Sort(items);
            return items.Take((int)Math.Min(n, items.Length)).Select(x => x.Position).ToList();
        }
    }
}

/// <summary>The records of a source at the given positions (ascending), keeping their lines.</summary>
internal sealed class SelectedRecordSource(IRecordSource inner, long[] positions) : IRecordSource
{
    private long _position = -1;
    private int _next;

    public long RecordLine => inner.RecordLine;

    public int FieldCount => inner.FieldCount;

    public bool IsBlankRecord => inner.IsBlankRecord;

    public bool ReadRecord()
    {
        while (_next < positions.Length)
        {
            if (!inner.ReadRecord())
            {
                return false;
            }

            _position++;
            if (_position == positions[_next])
            {
                _next++;
                return true;
            }
        }

        return false;
    }

    public ReadOnlySpan<char> Field(int index) => inner.Field(index);

    public void Dispose() => inner.Dispose();
}
