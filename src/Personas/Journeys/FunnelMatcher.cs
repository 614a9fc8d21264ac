namespace Personas.Journeys;

/// <summary>Matches one journey's symbols (touchpoints or stages) against funnel steps in one pass: linear in the journey's length.</summary>
internal static class FunnelMatcher
{
    /// <summary>
    /// Marks the steps the journey reaches. A journey reaches step k when some events match the steps from an entry step
    /// (only the first step when closed, any step when open) up to k in order, each following the previous one
    /// eventually (any later event) or directly (the next event), within <paramref name="maxTicks"/> of it.
    /// </summary>
    /// <remarks>
    /// For each step the matcher keeps the latest time at which a matching chain ends there (eventually) or whether one
    /// ends at the previous event (directly): a chain that ends later can always be extended where an earlier one can,
    /// so one pass over the events with the steps in descending order decides every step exactly.
    /// </remarks>
    public static void Match(ReadOnlySpan<int> symbols, ReadOnlySpan<long> ticks, int[] steps, FunnelStepMode mode, long maxTicks, FunnelKind kind, bool[] reached)
    {
        var m = steps.Length;
        var open = kind == FunnelKind.Open;
        var lastEnd = new long[m];
        var ends = new bool[m];     // eventually: a chain ends at step k at some earlier event
        var endedBefore = new bool[m]; // directly: a chain ends at step k at the previous event
        var endsHere = new bool[m];
        for (var i = 0; i < symbols.Length; i++)
        {
            var symbol = symbols[i];
            var t = ticks[i];
            Array.Clear(endsHere);
            for (var k = m - 1; k >= 0; k--)
            {
                if (steps[k] != symbol)
                {
                    continue;
                }

                bool ok;
                if (k == 0 || open)
                {
                    ok = true;
                }
                else if (mode == FunnelStepMode.Directly)
                {
                    ok = endedBefore[k - 1] && t - ticks[i - 1] <= maxTicks;
                }
                else
                {
                    ok = ends[k - 1] && t - lastEnd[k - 1] <= maxTicks;
                }

                if (!ok)
                {
                    continue;
                }

                reached[k] = true;
                endsHere[k] = true;
                if (mode == FunnelStepMode.Eventually)
                {
                    ends[k] = true;
                    lastEnd[k] = t;
                }
            }

            if (mode == FunnelStepMode.Directly)
            {
                endsHere.AsSpan().CopyTo(endedBefore);
            }
        }
    }
}
