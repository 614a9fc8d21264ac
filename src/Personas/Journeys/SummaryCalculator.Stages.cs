namespace Personas.Journeys;

/// <summary>Stage statistics: reached, continued, drop-off, time to the next stage, skips, regressions and the stage funnel.</summary>
internal sealed partial class SummaryCalculator
{
    private StageResult Stages(int[] journeys, CancellationToken cancellationToken)
    {
        var names = set.StageNames;
        var s = names.Length;
        var waits = new List<float>[s];
        for (var k = 0; k < s; k++)
        {
            waits[k] = [];
        }

        var moves = new long[s * s];
        var unmapped = new long[_log.Touchpoints.Count];
        var sym = new int[64];
        var tm = new long[64];
        var tpStage = set.TouchpointStage;
        var columnMap = set.StageColumnMap;
        var columnStages = _log.StageArray;
        var hasColumn = columnStages.Length > 0;
        var seen = 0L;
        foreach (var j in journeys)
        {
            var len = 0;
            var e = set.Ends[j];
            if (sym.Length < e - set.Starts[j])
            {
                sym = new int[e - set.Starts[j]];
                tm = new long[sym.Length];
            }

            seen += e - set.Starts[j];
            if (seen > 1 << 20)
            {
                cancellationToken.ThrowIfCancellationRequested();
                seen = 0;
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

            // The wait after a stage: from its last event before the first later-stage event to that event (one pass per stage).
            var symbols = sym.AsSpan(0, len);
            for (var stage = 0; stage < s; stage++)
            {
                var first = symbols.IndexOf(stage);
                if (first < 0)
                {
                    continue;
                }

                var last = first;
                for (var k = first + 1; k < len; k++)
                {
                    if (symbols[k] > stage)
                    {
                        waits[stage].Add((float)((tm[k] - tm[last]) / (double)TimeSpan.TicksPerSecond));
                        break;
                    }

                    if (symbols[k] == stage)
                    {
                        last = k;
                    }
                }
            }
        }

        var funnel = StageFunnel(journeys, cancellationToken);
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
            // Reached and continued are the stage funnel's counts (customers): one computation for the funnel, its chart and the cards.
            var step = StepOfStage(k);
            var reached = funnel.Steps[step].Count;
            var cont = step + 1 < funnel.Steps.Count ? funnel.Steps[step + 1].Count : 0;
            var drop = reached - cont;
            var longWait = medians[k] is { } m && !double.IsNaN(typical) && m > 0 && m >= set.Options.LongWaitFactor * typical;
            stats[k] = new StageStatistics(names[k], reached, cont, drop, reached > 0 ? (double)drop / reached : 0, medians[k], p90s[k], longWait);
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

        return new StageResult(stats, ToMap(unmapped), [.. skips], [.. regressions], funnel);
    }

    private FunnelResult Funnel(int[] journeys, FunnelDefinition definition, CancellationToken cancellationToken)
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
            cancellationToken.ThrowIfCancellationRequested();
            FunnelMatcher.Match(_tp.AsSpan(set.Starts[j], set.Ends[j] - set.Starts[j]), _ticks.AsSpan(set.Starts[j], set.Ends[j] - set.Starts[j]), steps, definition.Mode, maxTicks, definition.Kind, flags);
            for (var k = 0; k < steps.Length; k++)
            {
                counts[k] += flags[k] ? 1 : 0;
            }
        }

        return FunnelResultOf(definition.Name, definition.Kind, definition.Mode, definition.MaxStepTime?.TotalSeconds, [.. definition.Steps], counts);
    }

    internal static FunnelResult FunnelResultOf(string name, FunnelKind kind, FunnelStepMode mode, double? maxSeconds, string[] steps, long[] counts)
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
