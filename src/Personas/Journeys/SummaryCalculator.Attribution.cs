using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>
/// Attribution over journeys: a converting journey's touches before its last conversion form a conversion path, a
/// journey without a conversion is a null path; conversions and post-purchase events (delivery, support, ...) are
/// never touches, so they get no credit.
/// </summary>
internal sealed partial class SummaryCalculator
{
    private bool IsTouch(int eventIndex) => !_log.IsConversion[eventIndex] && !set.IsPostPurchase(eventIndex);

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
                if (IsTouch(i))
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
                if (IsTouch(i))
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
                if (IsTouch(i))
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
                if (IsTouch(i))
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
}
