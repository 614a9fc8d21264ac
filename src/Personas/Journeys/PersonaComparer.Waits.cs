namespace Personas.Journeys;

/// <summary>
/// Waits compared like for like: the same step (consecutive events of one journey, with whether each is a purchase),
/// the persona's median against the other personas' pooled median, only when enough journeys take it on both sides.
/// </summary>
internal static partial class PersonaComparer
{
    private static WaitTable Waits(JourneySet set, int personas, int[] journeyPersona, CancellationToken cancellationToken)
    {
        var log = set.Log;
        var tp = log.TouchpointArray;
        var ticks = log.TickArray;
        var conv = log.IsConversion;
        var index = new Dictionary<long, int>();
        var keys = new List<long>();
        var durations = new List<List<long>[]>();
        var journeyCounts = new List<long[]>();
        var stamps = new List<int>();
        var width = 2L * log.Touchpoints.Count;
        long seen = 0;
        for (var j = 0; j < set.Count; j++)
        {
            var q = journeyPersona[j];
            if (q < 0)
            {
                continue;
            }

            for (var i = set.Starts[j] + 1; i < set.Ends[j]; i++)
            {
                if (++seen % (1 << 20) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var from = (2L * tp[i - 1]) + (conv[i - 1] ? 1 : 0);
                var to = (2L * tp[i]) + (conv[i] ? 1 : 0);
                if (from == to)
                {
                    continue; // a repeat of the same touch is not a step
                }

                var key = (from * width) + to;
                if (!index.TryGetValue(key, out var k))
                {
                    k = keys.Count;
                    index.Add(key, k);
                    keys.Add(key);
                    var lists = new List<long>[personas];
                    for (var r = 0; r < personas; r++)
                    {
                        lists[r] = [];
                    }

                    durations.Add(lists);
                    journeyCounts.Add(new long[personas]);
                    stamps.Add(-1);
                }

                durations[k][q].Add(ticks[i] - ticks[i - 1]);
                if (stamps[k] != j)
                {
                    stamps[k] = j;
                    journeyCounts[k][q]++;
                }
            }
        }

        return new WaitTable(width, [.. keys], [.. durations], [.. journeyCounts]);
    }

    private static SlowerTransition[] SlowerWaits(JourneySet set, WaitTable table, int q)
    {
        var options = set.Options;
        var names = set.Log.Touchpoints;
        var result = new List<SlowerTransition>();
        for (var k = 0; k < table.Keys.Length; k++)
        {
            var own = table.JourneyCounts[k][q];
            var others = table.JourneyCounts[k].Sum() - own;
            if (own < options.MinCount || others < options.MinCount)
            {
                continue;
            }

            var mine = table.Durations[k][q].ToArray();
            var rest = table.Durations[k].Where((_, r) => r != q).SelectMany(l => l).ToArray();
            var ownMedian = SummaryCalculator.Median(mine) / TimeSpan.TicksPerSecond;
            var restMedian = SummaryCalculator.Median(rest) / TimeSpan.TicksPerSecond;
            var from = table.Keys[k] / table.Width;
            var to = table.Keys[k] % table.Width;
            var s = new SlowerTransition(names[(int)(from / 2)], names[(int)(to / 2)], own, ownMedian, restMedian, others, from % 2 == 1, to % 2 == 1);
            if (restMedian > 0 && s.Ratio >= options.SlowerWaitRatio)
            {
                result.Add(s);
            }
        }

        return [.. result.OrderByDescending(s => s.Ratio).ThenBy(s => s.From, StringComparer.Ordinal).ThenBy(s => s.To, StringComparer.Ordinal).ThenBy(s => s.FromPurchase).ThenBy(s => s.ToPurchase)];
    }

    private sealed record WaitTable(long Width, long[] Keys, List<long>[][] Durations, long[][] JourneyCounts);
}
