using Personas.Data;

namespace Personas.Journeys;

/// <summary>Collects events in input order, then sorts them once (customer of first appearance, timestamp, sequence, input order) into an <see cref="EventLog"/>.</summary>
internal sealed class EventLogBuilder
{
    private readonly Dictionary<string, int> _customerIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _touchpointIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stageIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _journeyIds = new(StringComparer.Ordinal);
    private readonly List<string> _journeyNames = [];
    private readonly List<string> _customers = [];
    private readonly List<string> _touchpoints = [];
    private readonly List<string> _stages = [];
    private readonly List<ExcludedRow> _exclusions = [];
    private readonly List<string> _notes = [];
    private Column<int> _customer = new(1024);
    private Column<long> _ticks = new(1024);
    private Column<int> _touchpoint = new(1024);
    private Column<int> _stage;
    private Column<bool> _conversion = new(1024);
    private Column<double> _value;
    private Column<long> _sequence;
    private Column<int> _journey;
    private readonly bool _hasStages;
    private readonly bool _hasJourneys;
    private readonly bool _hasValues;
    private readonly bool _hasSequence;

    public EventLogBuilder(string source, bool hasStages, bool hasValues, bool hasSequence, bool hasJourneys = false)
    {
        Source = source;
        _hasJourneys = hasJourneys;
        _journey = new(hasJourneys ? 1024 : 0);
        _hasStages = hasStages;
        _hasValues = hasValues;
        _hasSequence = hasSequence;
        _stage = new(hasStages ? 1024 : 0);
        _value = new(hasValues ? 1024 : 0);
        _sequence = new(hasSequence ? 1024 : 0);
    }

    public string Source { get; }

    public long RowsRead { get; set; }

    /// <summary>Whether the ids are process-mining cases (see <see cref="EventLog.IdsAreCases"/>).</summary>
    public bool IdsAreCases { get; init; }

    public void Exclude(long line, string? customerId, string reason) => _exclusions.Add(new ExcludedRow(line, customerId, reason));

    public void Note(string note) => _notes.Add(note);

    public void Add(ReadOnlySpan<char> customerId, long utcTicks, ReadOnlySpan<char> touchpoint, ReadOnlySpan<char> stage, bool conversion, double value, long sequence, ReadOnlySpan<char> journey = default)
    {
        if (_hasJourneys)
        {
            _journey.Add(Intern(_journeyIds, _journeyNames, journey));
        }

        _customer.Add(Intern(_customerIds, _customers, customerId));
        _ticks.Add(utcTicks);
        _touchpoint.Add(Intern(_touchpointIds, _touchpoints, touchpoint));
        _conversion.Add(conversion);
        if (_hasStages)
        {
            _stage.Add(stage.IsEmpty ? -1 : Intern(_stageIds, _stages, stage));
        }

        if (_hasValues)
        {
            _value.Add(value);
        }

        if (_hasSequence)
        {
            _sequence.Add(sequence);
        }
    }

    public EventLog Build()
    {
        var n = _ticks.Count;
        var customerCount = _customers.Count;
        var starts = new int[customerCount + 1];
        var cust = _customer.Items;
        for (var i = 0; i < n; i++)
        {
            starts[cust[i] + 1]++;
        }

        for (var c = 0; c < customerCount; c++)
        {
            starts[c + 1] += starts[c];
        }

        // Counting sort by customer (stable), then each customer's events by (ticks, sequence, input order).
        var order = new int[n];
        var next = (int[])starts.Clone();
        for (var i = 0; i < n; i++)
        {
            order[next[cust[i]]++] = i;
        }

        var ticks = _ticks.Items;
        var seq = _hasSequence ? _sequence.Items : null;
        (long[] FirstTicks, int[] Group)? groups = _hasJourneys ? JourneyGroups(cust, _journey.Items, ticks) : null;
        for (var c = 0; c < customerCount; c++)
        {
            SortSegment(order, starts[c], starts[c + 1], ticks, seq, groups);
        }

        _customer = default;
        var sortedTicks = Permute(ticks, order);
        _ticks = default;
        var sortedTouchpoints = Permute(_touchpoint.Items, order);
        _touchpoint = default;
        var sortedConversion = Permute(_conversion.Items, order);
        _conversion = default;
        var sortedStages = _hasStages ? Permute(_stage.Items, order) : null;
        var sortedValues = _hasValues ? Permute(_value.Items, order) : null;
        _sequence = default;
        var sortedJourneys = _hasJourneys ? Permute(_journey.Items, order) : null;
        _journey = default;
        return new EventLog(Source, [.. _customers], starts, sortedTicks, sortedTouchpoints, [.. _touchpoints], sortedStages, [.. _stages], sortedConversion, sortedValues, RowsRead, _exclusions.ToArray(), _notes.ToArray(), sortedJourneys, IdsAreCases);
    }

    /// <summary>
    /// Sort keys that keep each (customer, journey id) together: per event, the journey's first timestamp and its number
    /// in order of first appearance, so a customer's journeys follow each other in time even when their events interleave.
    /// </summary>
    private static (long[] FirstTicks, int[] Group) JourneyGroups(int[] customers, int[] journeys, long[] ticks)
    {
        var ids = new Dictionary<long, int>();
        var group = new int[customers.Length];
        var first = new List<long>();
        for (var i = 0; i < customers.Length; i++)
        {
            var key = ((long)customers[i] << 32) | (uint)journeys[i];
            if (!ids.TryGetValue(key, out var g))
            {
                g = first.Count;
                ids.Add(key, g);
                first.Add(ticks[i]);
            }

            first[g] = Math.Min(first[g], ticks[i]);
            group[i] = g;
        }

        return ([.. first], group);
    }

    /// <summary>Builds a log from columns with integer customer and touchpoint ids (no string interning per event).</summary>
    public static EventLog FromColumns(string source, IReadOnlyList<string> customers, ReadOnlySpan<int> customerIndex, ReadOnlySpan<long> ticks, IReadOnlyList<string> touchpoints, ReadOnlySpan<int> touchpointIds, ReadOnlySpan<bool> isConversion, ReadOnlySpan<double> values)
    {
        if (customers.Distinct(StringComparer.Ordinal).Count() != customers.Count || touchpoints.Distinct(StringComparer.Ordinal).Count() != touchpoints.Count)
        {
            throw new ArgumentException("Expected distinct customer ids and distinct touchpoint names.", nameof(customers));
        }

        var n = customerIndex.Length;
        // Customers are numbered in order of first appearance, as when reading a file.
        var remap = new int[customers.Count];
        Array.Fill(remap, -1);
        var names = new List<string>();
        var counts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var c = customerIndex[i];
            if ((uint)c >= (uint)customers.Count || (uint)touchpointIds[i] >= (uint)touchpoints.Count)
            {
                throw new ArgumentException($"Event {i}: customer or touchpoint index out of range.", nameof(customerIndex));
            }

            if (remap[c] < 0)
            {
                remap[c] = names.Count;
                names.Add(customers[c]);
                counts.Add(0);
            }

            counts[remap[c]]++;
        }

        var starts = new int[names.Count + 1];
        for (var c = 0; c < names.Count; c++)
        {
            starts[c + 1] = starts[c] + counts[c];
        }

        var next = (int[])starts.Clone();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[next[remap[customerIndex[i]]]++] = i;
        }

        var tickArray = ticks.ToArray();
        for (var c = 0; c < names.Count; c++)
        {
            SortSegment(order, starts[c], starts[c + 1], tickArray, null, null);
        }

        var conversion = isConversion.IsEmpty ? new bool[n] : Permute(isConversion, order);
        return new EventLog(source, [.. names], starts, Permute<long>(tickArray, order), Permute(touchpointIds, order), [.. touchpoints], null, [], conversion, values.IsEmpty ? null : Permute(values, order), n, [], []);
    }

    private static void SortSegment(int[] order, int from, int to, long[] ticks, long[]? seq, (long[] FirstTicks, int[] Group)? groups)
    {
        if (to - from > 64)
        {
            // Long histories: a comparison sort (the input-order tie-break makes the order total, so it is deterministic).
            order.AsSpan(from, to - from).Sort((a, b) => Greater(a, b, ticks, seq, groups) ? 1 : Greater(b, a, ticks, seq, groups) ? -1 : 0);
            return;
        }

        // Short journeys: insertion sort is stable and linear on already ordered input.
        for (var i = from + 1; i < to; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= from && Greater(order[j], item, ticks, seq, groups))
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }

    private static bool Greater(int a, int b, long[] ticks, long[]? seq, (long[] FirstTicks, int[] Group)? groups)
    {
        if (groups is var (first, group) && group[a] != group[b])
        {
            var fa = first[group[a]];
            var fb = first[group[b]];
            return fa != fb ? fa > fb : group[a] > group[b];
        }

        if (ticks[a] != ticks[b])
        {
            return ticks[a] > ticks[b];
        }

        if (seq is not null && seq[a] != seq[b])
        {
            return seq[a] > seq[b];
        }

        return a > b;
    }

    private static T[] Permute<T>(ReadOnlySpan<T> source, int[] order)
    {
        var result = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = source[order[i]];
        }

        return result;
    }

    private static int Intern(Dictionary<string, int> ids, List<string> names, ReadOnlySpan<char> value)
    {
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var id))
        {
            return id;
        }

        var s = value.ToString();
        id = names.Count;
        ids.Add(s, id);
        names.Add(s);
        return id;
    }

    /// <summary>A growable array.</summary>
    private struct Column<T>
    {
        private T[] _items;

        public Column(int capacity)
        {
            _items = new T[capacity];
            Count = 0;
        }

        public int Count { get; private set; }

        public readonly T[] Items => _items.Length == Count ? _items : _items[..Count];

        public void Add(T value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
            }

            _items[Count++] = value;
        }
    }
}
