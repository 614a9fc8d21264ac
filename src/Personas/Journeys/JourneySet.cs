namespace Personas.Journeys;

/// <summary>The journeys of an event log as event ranges, with their variants and each event's stage.</summary>
internal sealed class JourneySet
{
    private readonly int[] _touchpointStage;
    private readonly int[] _stageColumnMap;

    public JourneySet(EventLog log, JourneyOptions options)
    {
        Log = log;
        Options = options;
        var starts = new List<int>(log.Customers.Count);
        var ends = new List<int>(log.Customers.Count);
        var customers = new List<int>(log.Customers.Count);
        var cs = log.CustomerStarts;
        var ticks = log.UtcTicks;
        var conv = log.IsConversion;
        for (var c = 0; c < log.Customers.Count; c++)
        {
            var from = cs[c];
            for (var i = cs[c]; i < cs[c + 1]; i++)
            {
                var cut = i + 1 == cs[c + 1]
                    || (options.Split == JourneySplit.AtConversion && conv[i])
                    || (options.Split == JourneySplit.InactivityGap && ticks[i + 1] - ticks[i] > options.InactivityGap.Ticks);
                if (cut)
                {
                    starts.Add(from);
                    ends.Add(i + 1);
                    customers.Add(c);
                    from = i + 1;
                }
            }
        }

        Starts = [.. starts];
        Ends = [.. ends];
        Customer = [.. customers];
        if (options.LookbackWindow is { } window)
        {
            for (var j = 0; j < Starts.Length; j++)
            {
                var reference = ticks[Ends[j] - 1];
                for (var i = Ends[j] - 1; i >= Starts[j]; i--)
                {
                    if (conv[i])
                    {
                        reference = ticks[i];
                        break;
                    }
                }

                var s = Starts[j];
                while (s < Ends[j] - 1 && ticks[s] < reference - window.Ticks)
                {
                    s++;
                }

                OutsideLookback += s - Starts[j];
                Starts[j] = s;
            }
        }

        // Stages: the stage column wins; else the model's mapping or defaults. Column values that are not model stages
        // are appended; when none of them is a model stage, the column's own stages replace the model's, ordered by
        // where they occur in journeys on average.
        var stageNames = options.Stages.Stages.ToList();
        _touchpointStage = log.Touchpoints.Select(options.Stages.StageIndexOf).ToArray();
        _stageColumnMap = new int[log.StageNames.Count];
        var known = log.StageNames.Select(options.Stages.IndexOf).ToArray();
        if (known.Length > 0 && known.All(i => i < 0))
        {
            var order = OrderByMeanPosition(log);
            stageNames = order.Select(s => log.StageNames[s]).ToList();
            for (var k = 0; k < order.Length; k++)
            {
                _stageColumnMap[order[k]] = k;
            }

            Array.Fill(_touchpointStage, -1);
        }
        else
        {
            for (var s = 0; s < log.StageNames.Count; s++)
            {
                var i = known[s];
                if (i < 0)
                {
                    i = stageNames.FindIndex(n => StageModel.Normalize(n) == StageModel.Normalize(log.StageNames[s]));
                }

                if (i < 0)
                {
                    i = stageNames.Count;
                    stageNames.Add(log.StageNames[s]);
                }

                _stageColumnMap[s] = i;
            }
        }

        StageNames = [.. stageNames];
        BuildVariants();
    }

    public EventLog Log { get; }

    public JourneyOptions Options { get; }

    public int Count => Starts.Length;

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int[] Customer { get; }

    public long OutsideLookback { get; }

    public string[] StageNames { get; }

    /// <summary>The variant of each journey.</summary>
    public int[] Variant { get; private set; } = [];

    /// <summary>The number of distinct variants.</summary>
    public int VariantCount { get; private set; }

    private int[] _pathData = [];
    private int[] _pathStarts = [];
    private int[] _pathEnds = [];
    private int[] _variantJourney = [];

    /// <summary>The path of a variant, as touchpoint ids (repeats collapsed when the option says so).</summary>
    public ReadOnlySpan<int> VariantPath(int variant)
    {
        var j = _variantJourney[variant];
        return _pathData.AsSpan(_pathStarts[j], _pathEnds[j] - _pathStarts[j]);
    }

    /// <summary>The stage of each touchpoint from the model (-1 unmapped).</summary>
    public int[] TouchpointStage => _touchpointStage;

    /// <summary>The model stage of each stage-column value.</summary>
    public int[] StageColumnMap => _stageColumnMap;

    public int StageOf(int eventIndex)
    {
        if (Log.HasStages)
        {
            var s = Log.StageIds[eventIndex];
            if (s >= 0)
            {
                return _stageColumnMap[s];
            }
        }

        return _touchpointStage[Log.TouchpointIds[eventIndex]];
    }

    public string Describe()
    {
        var text = Options.Split switch
        {
            JourneySplit.AtConversion => "a customer's history split after each conversion (a repeat buyer gives several journeys)",
            JourneySplit.InactivityGap => $"a customer's history split at inactivity gaps longer than {Format(Options.InactivityGap)}",
            _ => "one journey per customer (the whole history)",
        };
        if (Options.LookbackWindow is { } w)
        {
            text += $"; only events within {Format(w)} before the journey's last conversion (or last event) are kept";
        }

        return text;
    }

    /// <summary>The stage-column values ordered by their mean relative position within customers' histories (ties by first appearance).</summary>
    private static int[] OrderByMeanPosition(EventLog log)
    {
        var sum = new double[log.StageNames.Count];
        var count = new long[sum.Length];
        var starts = log.CustomerStarts;
        var stages = log.StageIds;
        for (var c = 0; c + 1 < starts.Length; c++)
        {
            var length = starts[c + 1] - starts[c];
            for (var i = starts[c]; i < starts[c + 1]; i++)
            {
                if (stages[i] >= 0)
                {
                    sum[stages[i]] += length > 1 ? (double)(i - starts[c]) / (length - 1) : 0;
                    count[stages[i]]++;
                }
            }
        }

        return Enumerable.Range(0, sum.Length).OrderBy(s => sum[s] / Math.Max(1, count[s])).ThenBy(s => s).ToArray();
    }

    private static string Format(TimeSpan t) =>
        t.TotalDays >= 1 && t.Ticks % TimeSpan.TicksPerDay == 0 ? $"{t.TotalDays:0} days" : t.TotalHours >= 1 && t.Ticks % TimeSpan.TicksPerHour == 0 ? $"{t.TotalHours:0} hours" : $"{t.TotalSeconds:0} seconds";

    private void BuildVariants()
    {
        var tp = Log.TouchpointArray;
        int[] data;
        int[] offsets = new int[Count + 1];
        if (Options.CollapseRepeats)
        {
            var list = new List<int>(tp.Length);
            for (var j = 0; j < Count; j++)
            {
                for (var i = Starts[j]; i < Ends[j]; i++)
                {
                    if (i == Starts[j] || tp[i] != tp[i - 1])
                    {
                        list.Add(tp[i]);
                    }
                }

                offsets[j + 1] = list.Count;
            }

            data = [.. list];
        }
        else
        {
            data = tp;
            offsets = [];
        }

        var starts = Options.CollapseRepeats ? offsets[..^1] : Starts;
        var ends = Options.CollapseRepeats ? offsets[1..] : Ends;
        var comparer = new PathComparer(data, starts, ends);
        var ids = new Dictionary<int, int>(comparer);
        var variant = new int[Count];
        var representative = new List<int>();
        for (var j = 0; j < Count; j++)
        {
            if (!ids.TryGetValue(j, out var v))
            {
                v = representative.Count;
                ids.Add(j, v);
                representative.Add(j);
            }

            variant[j] = v;
        }

        Variant = variant;
        VariantCount = representative.Count;
        _variantJourney = [.. representative];
        _pathData = data;
        _pathStarts = starts;
        _pathEnds = ends;
    }

    /// <summary>Compares journeys by their touchpoint sequence.</summary>
    private sealed class PathComparer(int[] data, int[] starts, int[] ends) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) =>
            data.AsSpan(starts[x], ends[x] - starts[x]).SequenceEqual(data.AsSpan(starts[y], ends[y] - starts[y]));

        public int GetHashCode(int obj)
        {
            var h = new HashCode();
            h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan(starts[obj], ends[obj] - starts[obj])));
            return h.ToHashCode();
        }
    }
}
