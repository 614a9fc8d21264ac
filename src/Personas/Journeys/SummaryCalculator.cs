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

        var (variants, other, variantCount) = Variants(journeys);
        cancellationToken.ThrowIfCancellationRequested();
        var dfg = Dfg(journeys);
        cancellationToken.ThrowIfCancellationRequested();
        var stages = Stages(journeys);
        var funnels = set.Options.Funnels.Select(f => Funnel(journeys, f)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var (paths, channelOf, withoutTouches) = AttributionPaths(journeys);
        var attribution = AttributionModels.Compute(paths, set.Options.Attribution) with { TimeDecay = TimeDecay(journeys, channelOf, paths) };
        var n = journeys.Length;
        return new JourneySummary
        {
            Customers = customers,
            Journeys = n,
            Events = events,
            Excluded = excluded,
            Conversions = conversions,
            ConvertingJourneys = converting,
            VariantCount = variantCount,
            Variants = variants,
            Other = other,
            Dfg = dfg,
            Stages = stages.Statistics,
            UnmappedTouchpoints = stages.Unmapped,
            Skips = stages.Skips,
            Regressions = stages.Regressions,
            StageFunnel = stages.Funnel,
            Funnels = funnels,
            Attribution = attribution,
            ConversionsWithoutTouches = withoutTouches,
            Findings = Findings(journeys, n, converting, stages.Statistics, dfg),
        };
    }

    private (PathVariant[] Top, OtherVariants Other, long Count) Variants(int[] journeys)
    {
        var counts = new int[set.VariantCount];
        var conversions = new int[counts.Length];
        var conv = _log.IsConversion;
        foreach (var j in journeys)
        {
            var v = set.Variant[j];
            counts[v]++;
            if (conv[set.Starts[j]..set.Ends[j]].Contains(true))
            {
                conversions[v]++;
            }
        }

        // Most frequent first; ties in order of first appearance (deterministic). Sorting by a packed key avoids a comparison delegate.
        var keys = new List<long>();
        for (var v = 0; v < counts.Length; v++)
        {
            if (counts[v] > 0)
            {
                keys.Add(((long)(int.MaxValue - counts[v]) << 32) | (uint)v);
            }
        }

        keys.Sort();
        var used = keys.Select(k => (int)(k & 0xFFFFFFFF)).ToArray();
        var total = (double)journeys.Length;
        var top = new List<PathVariant>();
        var cumulative = 0L;
        foreach (var v in used.Take(set.Options.MaxVariants))
        {
            cumulative += counts[v];
            var path = set.VariantPath(v).ToArray().Select(t => _log.Touchpoints[t]).ToArray();
            top.Add(new PathVariant(path, counts[v], counts[v] / total, cumulative / total, conversions[v], (double)conversions[v] / counts[v]));
        }

        long otherCount = 0, otherConv = 0;
        foreach (var v in used.Skip(set.Options.MaxVariants))
        {
            otherCount += counts[v];
            otherConv += conversions[v];
        }

        var other = new OtherVariants(Math.Max(0, used.Length - set.Options.MaxVariants), otherCount, total > 0 ? otherCount / total : 0, otherConv);
        return ([.. top], other, used.Length);
    }

    private (PathSet Paths, int[] ChannelOf, long ConversionsWithoutTouches) AttributionPaths(int[] journeys)
    {
        var conv = _log.IsConversion;
        var values = _log.Values;
        var hasValues = _log.HasValues;
        // Compact channel ids: only touchpoints that occur as touches.
        var channelOf = new int[_log.Touchpoints.Count];
        Array.Fill(channelOf, -1);
        var touchCount = 0L;
        var pathCount = 0;
        foreach (var j in journeys)
        {
            var (end, _) = TouchEnd(j);
            var any = false;
            for (var i = set.Starts[j]; i < end; i++)
            {
                if (!conv[i])
                {
                    channelOf[_tp[i]] = 0;
                    touchCount++;
                    any = true;
                }
            }

            pathCount += any ? 1 : 0;
        }

        var channels = new List<string>();
        for (var t = 0; t < channelOf.Length; t++)
        {
            if (channelOf[t] == 0)
            {
                channelOf[t] = channels.Count;
                channels.Add(_log.Touchpoints[t]);
            }
        }

        var data = new int[touchCount];
        var offsets = new int[pathCount + 1];
        var conversions = new double[pathCount];
        var nulls = new double[pathCount];
        var pathValues = hasValues ? new double[pathCount] : [];
        var k = 0;
        var p = 0;
        long withoutTouches = 0;
        foreach (var j in journeys)
        {
            var (end, lastConversion) = TouchEnd(j);
            var start = k;
            for (var i = set.Starts[j]; i < end; i++)
            {
                if (!conv[i])
                {
                    data[k++] = channelOf[_tp[i]];
                }
            }

            long c = 0;
            var value = 0.0;
            for (var i = set.Starts[j]; i < set.Ends[j]; i++)
            {
                if (conv[i])
                {
                    c++;
                    if (hasValues && !double.IsNaN(values[i]))
                    {
                        value += values[i];
                    }
                }
            }

            if (k == start)
            {
                withoutTouches += c;
                continue;
            }

            conversions[p] = c;
            nulls[p] = c > 0 ? 0 : 1;
            if (hasValues)
            {
                pathValues[p] = value;
            }

            offsets[++p] = k;
        }

        return (new PathSet(_log.Source, [.. channels], data, offsets, conversions, nulls, pathValues, null, hasValues), channelOf, withoutTouches);
    }

    /// <summary>Time-decay credit straight from the events (touch ages are not stored): weight 2^(-age / half-life), age measured to the journey's last conversion.</summary>
    private ChannelCredit TimeDecay(int[] journeys, int[] channelOf, PathSet paths)
    {
        var conv = _log.IsConversion;
        var values = _log.Values;
        var halfLife = set.Options.Attribution.TimeDecayHalfLifeDays * 86400.0;
        var credit = new double[paths.Channels.Count];
        var valueCredit = new double[paths.Channels.Count];
        var weights = new List<double>();
        foreach (var j in journeys)
        {
            var (end, lastConversion) = TouchEnd(j);
            if (lastConversion < 0)
            {
                continue;
            }

            long c = 0;
            var value = 0.0;
            for (var i = set.Starts[j]; i < set.Ends[j]; i++)
            {
                if (conv[i])
                {
                    c++;
                    value += _log.HasValues && !double.IsNaN(values[i]) ? values[i] : 0;
                }
            }

            weights.Clear();
            for (var i = set.Starts[j]; i < end; i++)
            {
                if (!conv[i])
                {
                    weights.Add(AttributionModels.DecayWeight((_ticks[lastConversion] - _ticks[i]) / (double)TimeSpan.TicksPerSecond, halfLife));
                }
            }

            if (weights.Count == 0)
            {
                continue;
            }

            var w = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights);
            AttributionModels.Normalize(w);
            var k = 0;
            for (var i = set.Starts[j]; i < end; i++)
            {
                if (!conv[i])
                {
                    credit[channelOf[_tp[i]]] += c * w[k];
                    valueCredit[channelOf[_tp[i]]] += value * w[k];
                    k++;
                }
            }
        }

        return AttributionModels.Credit(paths.Channels, "timeDecay", credit, _log.HasValues ? valueCredit : null);
    }

    /// <summary>The end (exclusive) of a journey's touches: its last conversion, or its end when it does not convert.</summary>
    private (int End, int LastConversion) TouchEnd(int j)
    {
        var conv = _log.IsConversion;
        for (var i = set.Ends[j] - 1; i >= set.Starts[j]; i--)
        {
            if (conv[i])
            {
                return (i, i);
            }
        }

        return (set.Ends[j], -1);
    }

    private JourneyFindings Findings(int[] journeys, long n, long converting, IReadOnlyList<StageStatistics> stages, DirectlyFollowsGraph dfg)
    {
        StageStatistics? bottleneck = null;
        for (var s = 0; s < stages.Count - 1; s++)
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
        var conv = _log.IsConversion;
        foreach (var j in journeys)
        {
            if (!conv[set.Starts[j]..set.Ends[j]].Contains(true))
            {
                ends[_tp[set.Ends[j] - 1]]++;
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
            n > 0 ? 1 - ((double)converting / n) : 0);
    }
}
