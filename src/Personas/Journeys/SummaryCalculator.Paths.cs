namespace Personas.Journeys;

/// <summary>Path variants, the paths worth naming (typical, converting, abandoned), where journeys start and where people buy.</summary>
internal sealed partial class SummaryCalculator
{
    private PathResult Paths(int[] journeys)
    {
        var counts = new long[set.VariantCount];
        var conversions = new long[counts.Length];
        var entries = new long[_log.Touchpoints.Count];
        var purchases = new long[entries.Length];
        var conv = _log.IsConversion;
        foreach (var j in journeys)
        {
            var v = set.Variant[j];
            counts[v]++;
            conversions[v] += set.Converted[j] ? 1 : 0;
            var path = set.PathOf(j);
            if (path.Length > 0)
            {
                entries[path[0]]++;
            }

            for (var i = set.Starts[j]; i < set.Ends[j]; i++)
            {
                if (conv[i])
                {
                    purchases[_tp[i]]++;
                }
            }
        }

        var abandoned = new long[counts.Length];
        for (var v = 0; v < counts.Length; v++)
        {
            abandoned[v] = counts[v] - conversions[v];
        }

        var max = set.Options.MaxVariants;
        var minShare = set.Options.TypicalPathMinShare;
        var all = Ranked(counts);
        var top = Top(all, counts, conversions, max);
        long otherCount = 0, otherConv = 0;
        foreach (var v in all.Skip(max))
        {
            otherCount += counts[v];
            otherConv += conversions[v];
        }

        var total = journeys.Length;
        var other = new OtherVariants(Math.Max(0, all.Length - max), otherCount, total > 0 ? (double)otherCount / total : 0, otherConv);
        var converting = Top(Ranked(conversions), conversions, conversions, max);
        var lost = Top(Ranked(abandoned), abandoned, new long[counts.Length], max);
        var paths = new JourneyPaths
        {
            MinShare = minShare,
            Typical = top.Length > 0 && top[0].Share >= minShare ? top[0] : null,
            TypicalConverting = converting.Length > 0 && converting[0].Share >= minShare ? converting[0] : null,
            TypicalAbandoned = lost.Length > 0 && lost[0].Share >= minShare ? lost[0] : null,
            ConvertingJourneys = conversions.Sum(),
            AbandonedJourneys = abandoned.Sum(),
            Converting = converting,
            Abandoned = lost,
            Entries = Shares(entries),
            PurchaseTouchpoints = Shares(purchases),
        };
        return new PathResult(top, other, all.Length, paths);
    }

    /// <summary>The variants with a positive weight, heaviest first; ties in order of first appearance (deterministic).</summary>
    private static int[] Ranked(long[] weight)
    {
        // Sorting by a packed key avoids a comparison delegate.
        var keys = new List<(long Weight, int Variant)>();
        for (var v = 0; v < weight.Length; v++)
        {
            if (weight[v] > 0)
            {
                keys.Add((-weight[v], v));
            }
        }

        keys.Sort();
        return keys.Select(k => k.Variant).ToArray();
    }

    /// <summary>The first <paramref name="max"/> ranked variants, with shares of the total weight.</summary>
    private PathVariant[] Top(int[] ranked, long[] weight, long[] conversions, int max)
    {
        var total = (double)weight.Sum();
        var top = new List<PathVariant>();
        var cumulative = 0L;
        foreach (var v in ranked.Take(max))
        {
            cumulative += weight[v];
            var path = set.VariantPath(v).ToArray().Select(t => _log.Touchpoints[t]).ToArray();
            top.Add(new PathVariant(path, weight[v], weight[v] / total, cumulative / total, conversions[v], (double)conversions[v] / weight[v]));
        }

        return [.. top];
    }

    private TouchpointShare[] Shares(long[] counts)
    {
        var total = (double)counts.Sum();
        return Enumerable.Range(0, counts.Length).Where(t => counts[t] > 0)
            .OrderByDescending(t => counts[t]).ThenBy(t => t)
            .Select(t => new TouchpointShare(_log.Touchpoints[t], counts[t], counts[t] / total))
            .ToArray();
    }

    private sealed record PathResult(PathVariant[] Top, OtherVariants Other, long Count, JourneyPaths Paths);
}
