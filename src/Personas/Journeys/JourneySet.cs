using System.Globalization;

namespace Personas.Journeys;

/// <summary>
/// The journeys of an event log as event ranges: where each journey starts and ends (by the resolved
/// <see cref="JourneySplit"/>), each event's stage and role (touch, conversion, post-purchase), each journey's path
/// (the touchpoints that tell its story) and path variant.
/// </summary>
internal sealed partial class JourneySet
{
    /// <summary>An event that is neither a conversion nor post-purchase.</summary>
    public const byte TouchRole = 0;

    /// <summary>A conversion event.</summary>
    public const byte ConversionRole = 1;

    /// <summary>A post-purchase event (delivery, support, ...).</summary>
    public const byte PostPurchaseRole = 2;

    private readonly int[] _touchpointStage;
    private readonly int[] _stageColumnMap;
    private readonly bool[] _postTouchpoint;
    private readonly bool[]? _postColumnStage;
    private readonly int[] _tp;
    private readonly int[] _columnStages;
    private readonly bool[] _conversion;

    public JourneySet(EventLog log, JourneyOptions options, CancellationToken cancellationToken = default)
    {
        Log = log;
        Options = options;
        _tp = log.TouchpointArray;
        _columnStages = log.StageArray;
        _conversion = log.ConversionArray;
        Split = Resolve(options.Split, log);
        Collapse = options.CollapseRepeats ?? Split == JourneySplit.Purchase;
        (StageNames, _touchpointStage, _stageColumnMap) = ResolveStages(log, options.Stages);
        PurchaseStage = StageModel.RoleOf(StageNames, 2);
        PostPurchaseStage = StageModel.RoleOf(StageNames, 3);
        RepurchaseStage = StageModel.RoleOf(StageNames, 4);
        (_postTouchpoint, _postColumnStage, PostPurchaseTouchpoints) = PostPurchaseFlags();
        cancellationToken.ThrowIfCancellationRequested();
        (Starts, Ends, Customer, OutsideJourneys) = Cut(cancellationToken);
        OutsideLookback = ApplyLookback();
        cancellationToken.ThrowIfCancellationRequested();
        BuildPaths(cancellationToken);
    }

    public EventLog Log { get; }

    public JourneyOptions Options { get; }

    /// <summary>The split in effect (<see cref="JourneySplit.Auto"/> resolved).</summary>
    public JourneySplit Split { get; }

    /// <summary>Whether paths collapse immediate repeats of a touchpoint.</summary>
    public bool Collapse { get; }

    public int Count => Starts.Length;

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int[] Customer { get; }

    public long OutsideLookback { get; }

    /// <summary>Post-purchase events that followed no journey (no purchase or touch before them within the inactivity gap): in no journey.</summary>
    public long OutsideJourneys { get; }

    public string[] StageNames { get; }

    /// <summary>The index of the purchase-decision stage among <see cref="StageNames"/>, or -1.</summary>
    public int PurchaseStage { get; }

    /// <summary>The index of the post-purchase stage, or -1.</summary>
    public int PostPurchaseStage { get; }

    /// <summary>The index of the repurchase stage, or -1.</summary>
    public int RepurchaseStage { get; }

    /// <summary>An event's role: <see cref="TouchRole"/>, <see cref="ConversionRole"/> or <see cref="PostPurchaseRole"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public byte Role(int eventIndex) => _conversion[eventIndex] ? ConversionRole : IsPostPurchase(eventIndex) ? PostPurchaseRole : TouchRole;

    /// <summary>Whether a non-conversion event is post-purchase: by the option's touchpoints, else by its stage (column, else mapping).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsPostPurchase(int eventIndex)
    {
        if (_postColumnStage is not null)
        {
            var s = _columnStages[eventIndex];
            if (s >= 0)
            {
                return _postColumnStage[s];
            }
        }

        return _postTouchpoint[_tp[eventIndex]];
    }

    /// <summary>The touchpoints with at least one post-purchase event, in touchpoint order.</summary>
    public IReadOnlyList<string> PostPurchaseTouchpoints { get; }

    /// <summary>The stage of each touchpoint from the model (-1 unmapped).</summary>
    public int[] TouchpointStage => _touchpointStage;

    /// <summary>The model stage of each stage-column value.</summary>
    public int[] StageColumnMap => _stageColumnMap;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int StageOf(int eventIndex)
    {
        if (_columnStages.Length > 0)
        {
            var s = _columnStages[eventIndex];
            if (s >= 0)
            {
                return _stageColumnMap[s];
            }
        }

        return _touchpointStage[_tp[eventIndex]];
    }

    /// <summary>The counting rule in words (stated in every output).</summary>
    public string Describe()
    {
        var text = Split switch
        {
            JourneySplit.Purchase => "purchase journeys: a journey runs from a first touch to its purchase plus the post-purchase touches that follow it"
                + (PostPurchaseTouchpoints.Count > 0 ? " (post-purchase touchpoints here: " + string.Join(", ", PostPurchaseTouchpoints) + ")" : string.Empty)
                + $", and ends there or after {Format(Options.InactivityGap)} without a touch; the next touch starts a new journey and a post-purchase touch never starts one",
            JourneySplit.JourneyColumn => "one journey per journey id of each customer (the events' journey column)",
            JourneySplit.AtConversion => "a customer's history split after each conversion (a repeat buyer gives several journeys)",
            JourneySplit.InactivityGap => $"a customer's history split at inactivity gaps longer than {Format(Options.InactivityGap)}",
            _ => Log.IdsAreCases ? "one journey per case (the ids are process-mining cases; no splitting)" : "one journey per customer (the whole history; no splitting)",
        };
        if (OutsideJourneys > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {OutsideJourneys:#,0} post-purchase {(OutsideJourneys == 1 ? "event" : "events")} with no journey before {(OutsideJourneys == 1 ? "it is" : "them are")} in no journey");
        }

        if (Options.LookbackWindow is { } w)
        {
            text += $"; only events within {Format(w)} before the journey's last conversion (or last event) are kept";
        }

        if (Split == JourneySplit.Purchase)
        {
            text += "; paths run from the first touch to the purchase";
        }

        text += Collapse ? ", with repeated touchpoints in a row counted once (event counts keep every event)" : "; paths keep every event";
        return text;
    }

    /// <summary>How the stage funnel counts, in words.</summary>
    public string DescribeStageFunnel()
    {
        var mode = Options.StageFunnelKind == FunnelKind.Open ? "customers with any event in each stage" : "customers by the furthest stage they reach";
        if (PurchaseStage < 0)
        {
            return mode + " in any of their journeys";
        }

        var text = mode + ": before buying, the furthest stage any of their journeys touches; bought: a purchase (with or without a delivery)";
        if (PostPurchaseStage >= 0)
        {
            text += $"; {StageNames[PostPurchaseStage]}: a post-purchase touch after a purchase, or a next purchase";
        }

        if (RepurchaseStage >= 0)
        {
            text += $"; {StageNames[RepurchaseStage]}: a second purchase (a later purchase journey)";
        }

        return text;
    }

    /// <summary>Which journeys and touches attribution uses, in words.</summary>
    public string DescribeAttribution() =>
        "conversion paths are the touches of each journey before its last conversion, journeys without a conversion are null paths; conversion events"
        + (PostPurchaseTouchpoints.Count > 0 ? " and post-purchase touches (" + string.Join(", ", PostPurchaseTouchpoints) + ")" : string.Empty)
        + " are not touches and get no credit";

    internal static string Format(TimeSpan t) =>
        t.TotalDays >= 1 && t.Ticks % TimeSpan.TicksPerDay == 0 ? $"{t.TotalDays:0} days" : t.TotalHours >= 1 && t.Ticks % TimeSpan.TicksPerHour == 0 ? $"{t.TotalHours:0} hours" : $"{t.TotalSeconds:0} seconds";

    private static JourneySplit Resolve(JourneySplit split, EventLog log)
    {
        if (split == JourneySplit.JourneyColumn && !log.HasJourneyIds)
        {
            throw new ArgumentException("Split = JourneyColumn needs events with a journey id (EventReadOptions.JourneyColumn or TouchpointEvent.JourneyId); these events have none.", nameof(split));
        }

        return split != JourneySplit.Auto ? split
            : log.HasJourneyIds ? JourneySplit.JourneyColumn
            : log.IdsAreCases ? JourneySplit.PerCustomer
            : JourneySplit.Purchase;
    }

    // Stages: the stage column wins; else the model's mapping or defaults. Column values that are not model stages
    // are appended; when none of them is a model stage, the column's own stages replace the model's, ordered by
    // where they occur in journeys on average.
    private static (string[] Names, int[] TouchpointStage, int[] ColumnMap) ResolveStages(EventLog log, StageModel model)
    {
        var stageNames = model.Stages.ToList();
        var touchpointStage = log.Touchpoints.Select(model.StageIndexOf).ToArray();
        var columnMap = new int[log.StageNames.Count];
        var known = log.StageNames.Select(model.IndexOf).ToArray();
        if (known.Length > 0 && known.All(i => i < 0))
        {
            var order = OrderByMeanPosition(log);
            stageNames = order.Select(s => log.StageNames[s]).ToList();
            for (var k = 0; k < order.Length; k++)
            {
                columnMap[order[k]] = k;
            }

            Array.Fill(touchpointStage, -1);
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

                columnMap[s] = i;
            }
        }

        return ([.. stageNames], touchpointStage, columnMap);
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

    /// <summary>
    /// Which touchpoints and stage-column values are post-purchase: the option's touchpoints when given, else the
    /// post-purchase stage of the column or the mapping; and the touchpoints that have post-purchase events.
    /// </summary>
    private (bool[] Touchpoint, bool[]? ColumnStage, IReadOnlyList<string> Names) PostPurchaseFlags()
    {
        bool[] touchpoint;
        bool[]? column = null;
        if (Options.PostPurchaseTouchpoints is { } list)
        {
            var wanted = list.Select(StageModel.Normalize).ToHashSet(StringComparer.Ordinal);
            touchpoint = Log.Touchpoints.Select(t => wanted.Contains(StageModel.Normalize(t))).ToArray();
        }
        else
        {
            touchpoint = _touchpointStage.Select(s => s >= 0 && s == PostPurchaseStage).ToArray();
            column = Log.HasStages ? _stageColumnMap.Select(s => s == PostPurchaseStage).ToArray() : null;
        }

        var used = new bool[Log.Touchpoints.Count];
        var tp = Log.TouchpointArray;
        var conv = Log.IsConversion;
        var stages = Log.StageArray;
        for (var i = 0; i < tp.Length; i++)
        {
            if (!conv[i] && (column is not null && stages[i] >= 0 ? column[stages[i]] : touchpoint[tp[i]]))
            {
                used[tp[i]] = true;
            }
        }

        return (touchpoint, column, Enumerable.Range(0, used.Length).Where(t => used[t]).Select(t => Log.Touchpoints[t]).ToArray());
    }

    private (int[] Starts, int[] Ends, int[] Customers, long Outside) Cut(CancellationToken cancellationToken)
    {
        var starts = new List<int>(Log.Customers.Count);
        var ends = new List<int>(Log.Customers.Count);
        var customers = new List<int>(Log.Customers.Count);
        var cs = Log.CustomerStarts;
        var ticks = Log.UtcTicks;
        var conv = Log.IsConversion;
        var journeyIds = Log.JourneyArray;
        var gap = Options.InactivityGap.Ticks;
        long outside = 0;
        for (var c = 0; c < Log.Customers.Count; c++)
        {
            if ((c & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Split == JourneySplit.Purchase)
            {
                outside += CutPurchases(c, cs[c], cs[c + 1], gap, starts, ends, customers, cancellationToken);
                continue;
            }

            var from = cs[c];
            for (var i = cs[c]; i < cs[c + 1]; i++)
            {
                var cut = i + 1 == cs[c + 1] || Split switch
                {
                    JourneySplit.AtConversion => conv[i],
                    JourneySplit.InactivityGap => ticks[i + 1] - ticks[i] > gap,
                    JourneySplit.JourneyColumn => journeyIds[i + 1] != journeyIds[i],
                    _ => false,
                };
                if (cut)
                {
                    starts.Add(from);
                    ends.Add(i + 1);
                    customers.Add(c);
                    from = i + 1;
                }
            }
        }

        return ([.. starts], [.. ends], [.. customers], outside);
    }

    /// <summary>Purchase journeys of one customer's events; returns the post-purchase events left outside any journey.</summary>
    private long CutPurchases(int c, int first, int end, long gap, List<int> starts, List<int> ends, List<int> customers, CancellationToken cancellationToken)
    {
        var ticks = Log.UtcTicks;
        long outside = 0;
        var current = -1;
        var converted = false;
        for (var i = first; i < end; i++)
        {
            if (((i - first) & 0xFFFF) == 0xFFFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (current >= 0 && ticks[i] - ticks[i - 1] > gap)
            {
                Close(current, i);
                current = -1;
            }

            var role = Role(i);
            if (role == PostPurchaseRole)
            {
                // Joins the journey before it; never starts one.
                outside += current < 0 ? 1 : 0;
                continue;
            }

            if (current >= 0 && converted)
            {
                Close(current, i);
                current = -1;
            }

            if (current < 0)
            {
                current = i;
                converted = false;
            }

            converted |= role == ConversionRole;
        }

        if (current >= 0)
        {
            Close(current, end);
        }

        return outside;

        void Close(int from, int to)
        {
            starts.Add(from);
            ends.Add(to);
            customers.Add(c);
        }
    }

    private long ApplyLookback()
    {
        if (Options.LookbackWindow is not { } window)
        {
            return 0;
        }

        var ticks = Log.UtcTicks;
        var conv = Log.IsConversion;
        long outside = 0;
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

            outside += s - Starts[j];
            Starts[j] = s;
        }

        return outside;
    }
}
