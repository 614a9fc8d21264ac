namespace Personas.Journeys;

/// <summary>Stage statistics: reached, continued, drop-off, time to the next stage, skips, regressions and the stage funnel.</summary>
internal sealed partial class SummaryCalculator
{
    private StageResult Stages(int[] journeys)
    {
        var names = set.StageNames;
        var s = names.Length;
        var reached = new long[s];
        var continued = new long[s];
        var waits = new List<float>[s];
        for (var k = 0; k < s; k++)
        {
            waits[k] = [];
        }

        var moves = new long[s * s];
        var unmapped = new long[_log.Touchpoints.Count];
        var funnelCounts = new long[s];
        var reachedFlags = new bool[s];
        var funnelSteps = Enumerable.Range(0, s).ToArray();
        var sym = new int[64];
        var tm = new long[64];
        var tpStage = set.TouchpointStage;
        var columnMap = set.StageColumnMap;
        var columnStages = _log.StageArray;
        var hasColumn = columnStages.Length > 0;
        foreach (var j in journeys)
        {
            var len = 0;
            var e = set.Ends[j];
            if (sym.Length < e - set.Starts[j])
            {
                sym = new int[e - set.Starts[j]];
                tm = new long[sym.Length];
            }

            for (var i = set.Starts[j]; i < e; i++)
            {
                var st = hasColumn && columnStages[i] >= 0 ? columnMap[columnStages[i]] : tpStage[_tp[i]];
                if (st < 0)
                {
                    unmapped[_tp[i]]++;
                    continue;
                }

                if (len > 0 && sym[len - 1] != st)
                {
                    moves[(sym[len - 1] * s) + st]++;
                }

                sym[len] = st;
                tm[len] = _ticks[i];
                len++;
            }

            var symbols = sym.AsSpan(0, len);
            for (var stage = 0; stage < s; stage++)
            {
                var first = symbols.IndexOf(stage);
                if (first < 0)
                {
                    continue;
                }

                reached[stage]++;
                var later = -1;
                for (var k = first + 1; k < len; k++)
                {
                    if (symbols[k] > stage)
                    {
                        later = k;
                        break;
                    }
                }

                if (later < 0)
                {
                    continue;
                }

                continued[stage]++;
                var last = symbols[..later].LastIndexOf(stage);
                waits[stage].Add((float)((tm[later] - tm[last]) / (double)TimeSpan.TicksPerSecond));
            }

            Array.Clear(reachedFlags);
            FunnelMatcher.Match(symbols, tm.AsSpan(0, len), funnelSteps, FunnelStepMode.Eventually, long.MaxValue, set.Options.StageFunnelKind, reachedFlags);
            for (var k = 0; k < s; k++)
            {
                funnelCounts[k] += reachedFlags[k] ? 1 : 0;
            }
        }

        var stats = new StageStatistics[s];
        var medians = new double?[s];
        var p90s = new double?[s];
        for (var k = 0; k < s; k++)
        {
            if (waits[k].Count > 0)
            {
                var sorted = waits[k].ToArray();
                Array.Sort(sorted);
                medians[k] = Percentile(sorted, 0.5);
                p90s[k] = Percentile(sorted, 0.9);
            }
        }

        var withData = medians.Where(m => m is not null).Select(m => m!.Value).Order().ToArray();
        var typical = withData.Length >= 2 ? (withData.Length % 2 == 1 ? withData[withData.Length / 2] : (withData[(withData.Length / 2) - 1] + withData[withData.Length / 2]) / 2) : double.NaN;
        for (var k = 0; k < s; k++)
        {
            var isLast = k == s - 1;
            var cont = isLast ? 0 : continued[k];
            var drop = isLast ? 0 : reached[k] - cont;
            var longWait = medians[k] is { } m && !double.IsNaN(typical) && m > 0 && m >= set.Options.LongWaitFactor * typical;
            stats[k] = new StageStatistics(names[k], reached[k], cont, drop, reached[k] > 0 ? (double)drop / reached[k] : 0, medians[k], p90s[k], longWait);
        }

        var skips = new List<StageMove>();
        var regressions = new List<StageMove>();
        for (var a = 0; a < s; a++)
        {
            for (var b = 0; b < s; b++)
            {
                var c = moves[(a * s) + b];
                if (c == 0)
                {
                    continue;
                }

                if (b > a + 1)
                {
                    skips.Add(new StageMove(names[a], names[b], c));
                }
                else if (b < a)
                {
                    regressions.Add(new StageMove(names[a], names[b], c));
                }
            }
        }

        var unmappedMap = ToMap(unmapped);
        var funnel = FunnelResultOf("stages", set.Options.StageFunnelKind, FunnelStepMode.Eventually, null, names, funnelCounts);
        return new StageResult(stats, unmappedMap, [.. skips], [.. regressions], funnel);
    }

    private FunnelResult Funnel(int[] journeys, FunnelDefinition definition)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < _log.Touchpoints.Count; t++)
        {
            lookup[_log.Touchpoints[t]] = t;
        }

        var steps = definition.Steps.Select(name => lookup.GetValueOrDefault(name, -2)).ToArray();
        var maxTicks = definition.MaxStepTime?.Ticks ?? long.MaxValue;
        var counts = new long[steps.Length];
        var flags = new bool[steps.Length];
        foreach (var j in journeys)
        {
            Array.Clear(flags);
            FunnelMatcher.Match(_tp.AsSpan(set.Starts[j], set.Ends[j] - set.Starts[j]), _ticks.AsSpan(set.Starts[j], set.Ends[j] - set.Starts[j]), steps, definition.Mode, maxTicks, definition.Kind, flags);
            for (var k = 0; k < steps.Length; k++)
            {
                counts[k] += flags[k] ? 1 : 0;
            }
        }

        return FunnelResultOf(definition.Name, definition.Kind, definition.Mode, definition.MaxStepTime?.TotalSeconds, [.. definition.Steps], counts);
    }

    private static FunnelResult FunnelResultOf(string name, FunnelKind kind, FunnelStepMode mode, double? maxSeconds, string[] steps, long[] counts)
    {
        var list = new FunnelStep[steps.Length];
        for (var k = 0; k < steps.Length; k++)
        {
            var ofFirst = counts[0] > 0 ? (double)counts[k] / counts[0] : 0;
            var ofPrevious = k == 0 ? 1 : counts[k - 1] > 0 ? (double)counts[k] / counts[k - 1] : 0;
            list[k] = new FunnelStep(steps[k], counts[k], ofFirst, ofPrevious);
        }

        return new FunnelResult(name, kind, mode, maxSeconds, list);
    }

    private static double Percentile(float[] sorted, double q)
    {
        // Linear interpolation between closest ranks (numpy's default).
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    private sealed record StageResult(StageStatistics[] Statistics, IReadOnlyDictionary<string, long> Unmapped, StageMove[] Skips, StageMove[] Regressions, FunnelResult Funnel);
}
