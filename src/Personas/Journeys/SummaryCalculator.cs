using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>Computes a <see cref="JourneySummary"/> for a subset of journeys (all of them, or one persona's), in one thread and a fixed order.</summary>
internal sealed partial class SummaryCalculator(JourneySet set)
{
    private readonly EventLog _log = set.Log;
    private readonly int[] _tp = set.Log.TouchpointArray;
    private readonly long[] _ticks = set.Log.TickArray;

    public JourneySummary Compute(int[] journeys, long excluded, CancellationToken cancellationToken)
    {
        long events = 0, conversions = 0, converting = 0, customers = 0;
        var lastCustomer = -1;
        var conv = _log.IsConversion;
        foreach (var j in journeys)
        {
            events += set.Ends[j] - set.Starts[j];
            var any = false;
            for (var i = set.Starts[j]; i < set.Ends[j]; i++)
            {
                if (conv[i])
                {
                    conversions++;
                    any = true;
                }
            }

            converting += any ? 1 : 0;
            if (set.Customer[j] != lastCustomer)
            {
                customers++;
                lastCustomer = set.Customer[j];
            }
        }

        var paths = Paths(journeys);
        cancellationToken.ThrowIfCancellationRequested();
        var stepMap = StepMap(journeys);
        cancellationToken.ThrowIfCancellationRequested();
        var dfg = Dfg(journeys);
        cancellationToken.ThrowIfCancellationRequested();
        var stages = Stages(journeys, cancellationToken);
        var funnels = set.Options.Funnels.Select(f => Funnel(journeys, f, cancellationToken)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var (pathSet, channelOf, withoutTouches) = AttributionPaths(journeys);
        var attribution = AttributionModels.Compute(pathSet, set.Options.Attribution) with { TimeDecay = TimeDecay(journeys, channelOf, pathSet) };
        var n = journeys.Length;
        return new JourneySummary
        {
            Customers = customers,
            Journeys = n,
            Events = events,
            Excluded = excluded,
            Conversions = conversions,
            ConvertingJourneys = converting,
            VariantCount = paths.Count,
            Variants = paths.Top,
            Other = paths.Other,
            Paths = paths.Paths,
            StepMap = stepMap,
            Dfg = dfg,
            Stages = stages.Statistics,
            UnmappedTouchpoints = stages.Unmapped,
            Skips = stages.Skips,
            Regressions = stages.Regressions,
            StageFunnel = stages.Funnel,
            Funnels = funnels,
            Attribution = attribution,
            ConversionsWithoutTouches = withoutTouches,
            Findings = Findings(journeys, n, converting, stages.Statistics, stages.Funnel, dfg),
        };
    }

    private JourneyFindings Findings(int[] journeys, long n, long converting, IReadOnlyList<StageStatistics> stages, FunnelResult funnel, DirectlyFollowsGraph dfg)
    {
        // Customers are lost where they stop before buying: stages up to the purchase decision (every non-final stage without one).
        StageStatistics? bottleneck = null;
        var lastLosing = set.PurchaseStage >= 0 ? set.PurchaseStage : stages.Count - 2;
        for (var s = 0; s <= lastLosing; s++)
        {
            if (stages[s].Reached > 0 && (bottleneck is null || stages[s].DropOff > bottleneck.DropOff))
            {
                bottleneck = stages[s];
            }
        }

        var longest = stages.Where(s => s.MedianSecondsToNext is not null).OrderByDescending(s => s.MedianSecondsToNext).FirstOrDefault();
        var totalEdges = dfg.Edges.Sum(e => e.Count);
        var slowest = dfg.Edges.Where(e => e.Count >= Math.Max(1, totalEdges / 100)).OrderByDescending(e => e.MedianSeconds).FirstOrDefault();
        var ends = new long[_log.Touchpoints.Count];
        long nonConverting = 0;
        foreach (var j in journeys)
        {
            var path = set.PathOf(j);
            if (!set.Converted[j] && path.Length > 0)
            {
                ends[path[^1]]++;
                nonConverting++;
            }
        }

        var dropTp = -1;
        for (var t = 0; t < ends.Length; t++)
        {
            if (ends[t] > 0 && (dropTp < 0 || ends[t] > ends[dropTp]))
            {
                dropTp = t;
            }
        }

        return new JourneyFindings(
            bottleneck?.Stage,
            bottleneck?.DropOffShare ?? 0,
            longest?.Stage,
            longest?.MedianSecondsToNext ?? 0,
            stages.Where(s => s.LongWait).Select(s => s.Stage).ToArray(),
            slowest,
            dropTp >= 0 ? _log.Touchpoints[dropTp] : null,
            dropTp >= 0 ? (double)ends[dropTp] / nonConverting : 0,
            n > 0 ? 1 - ((double)converting / n) : 0,
            ShareOfFirst(funnel, BoughtStep),
            set.RepurchaseStage >= 0 && set.PurchaseStage >= 0 ? ShareOfFirst(funnel, set.StageNames[set.RepurchaseStage]) : null);
    }

    private static double? ShareOfFirst(FunnelResult funnel, string step) =>
        funnel.Steps.FirstOrDefault(s => s.Step == step)?.ShareOfFirst;
}
