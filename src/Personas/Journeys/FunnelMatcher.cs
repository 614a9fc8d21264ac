namespace Personas.Journeys;

/// <summary>Matches one journey's symbols (touchpoints or stages) against funnel steps.</summary>
internal static class FunnelMatcher
{
    /// <summary>
    /// Marks the steps the journey reaches. From each occurrence of an entry step (only the first step when closed,
    /// any step when open) the following steps are matched greedily at their earliest occurrence (eventually) or at the
    /// next event (directly), each within <paramref name="maxTicks"/> of the previous step.
    /// </summary>
    public static void Match(ReadOnlySpan<int> symbols, ReadOnlySpan<long> ticks, int[] steps, FunnelStepMode mode, long maxTicks, FunnelKind kind, bool[] reached)
    {
        var entries = kind == FunnelKind.Closed ? 1 : steps.Length;
        for (var entry = 0; entry < entries; entry++)
        {
            if (reached[entry] && kind == FunnelKind.Closed)
            {
                break;
            }

            for (var start = 0; start < symbols.Length; start++)
            {
                if (symbols[start] != steps[entry])
                {
                    continue;
                }

                reached[entry] = true;
                var cur = start;
                var step = entry;
                while (step + 1 < steps.Length)
                {
                    var next = -1;
                    if (mode == FunnelStepMode.Directly)
                    {
                        next = cur + 1 < symbols.Length && symbols[cur + 1] == steps[step + 1] ? cur + 1 : -1;
                    }
                    else
                    {
                        for (var k = cur + 1; k < symbols.Length; k++)
                        {
                            if (symbols[k] == steps[step + 1])
                            {
                                next = k;
                                break;
                            }
                        }
                    }

                    if (next < 0 || ticks[next] - ticks[cur] > maxTicks)
                    {
                        break;
                    }

                    step++;
                    reached[step] = true;
                    cur = next;
                }

                if (step == steps.Length - 1)
                {
                    return;
                }
            }
        }
    }
}
