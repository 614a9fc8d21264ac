namespace Personas.Journeys;

/// <summary>The journey map unrolled by step (see <see cref="JourneyStepMap"/>).</summary>
internal sealed partial class SummaryCalculator
{
    /// <summary>The label of the node grouping a step's rare touchpoints.</summary>
    public const string OtherLabel = "other";

    /// <summary>The label of the outcome node of journeys that end in a purchase.</summary>
    public const string BoughtLabel = "bought";

    /// <summary>The label of the outcome node of journeys without a purchase.</summary>
    public const string DidNotBuyLabel = "did not buy";

    /// <summary>
    /// Column by column over the journeys still on the map: count each touchpoint at this step, keep those with at least
    /// the minimum share (the rest as "other" when that group is large enough; always at the first step), and link each
    /// journey from its previous node; a journey whose path ends, or whose rare branch is too small to draw, goes to its
    /// outcome from the node it is at.
    /// </summary>
    private JourneyStepMap StepMap(int[] journeys)
    {
        var steps = set.Options.MapSteps;
        var drawn = journeys.Where(j => set.PathLength(j) > 0).ToArray();
        var min = Math.Max(1, (long)Math.Ceiling(set.Options.MapMinShare * drawn.Length));
        var t = _log.Touchpoints.Count;
        var nodes = new List<StepNode>();
        var links = new List<StepLink>();
        var alive = Enumerable.Range(0, drawn.Length).ToArray();
        var aliveCount = alive.Length;
        var at = new int[drawn.Length];
        var outBought = new List<long>();
        var outLost = new List<long>();
        var counts = new long[t];
        var converting = new long[t];
        var nodeOf = new int[t];
        var previousStart = 0;
        var previousCount = 0;
        long[] linkCount = [];
        long[] linkConverting = [];
        for (var column = 0; column < steps && aliveCount > 0; column++)
        {
            Array.Clear(counts);
            Array.Clear(converting);
            for (var a = 0; a < aliveCount; a++)
            {
                var j = drawn[alive[a]];
                if (set.PathLength(j) > column)
                {
                    var tp = set.PathOf(j)[column];
                    counts[tp]++;
                    converting[tp] += set.Converted[j] ? 1 : 0;
                }
            }

            // Kept touchpoints (most journeys first, ties by name), then "other" when it holds enough journeys (always at the first step).
            var start = nodes.Count;
            Array.Fill(nodeOf, -1);
            long rare = 0, rareConverting = 0;
            for (var k = 0; k < t; k++)
            {
                if (counts[k] > 0 && counts[k] < min)
                {
                    rare += counts[k];
                    rareConverting += converting[k];
                }
            }

            foreach (var k in Enumerable.Range(0, t).Where(k => counts[k] >= min).OrderByDescending(k => counts[k]).ThenBy(k => _log.Touchpoints[k], StringComparer.Ordinal))
            {
                nodeOf[k] = nodes.Count;
                nodes.Add(new StepNode(column, _log.Touchpoints[k], StepNodeKind.Touchpoint, counts[k], converting[k]));
            }

            var otherNode = -1;
            if (rare > 0 && (rare >= min || column == 0))
            {
                otherNode = nodes.Count;
                nodes.Add(new StepNode(column, OtherLabel, StepNodeKind.Other, rare, rareConverting));
            }

            var width = nodes.Count - start;
            for (var n = start; n < nodes.Count; n++)
            {
                outBought.Add(0);
                outLost.Add(0);
            }

            if (column > 0)
            {
                linkCount = new long[previousCount * width];
                linkConverting = new long[linkCount.Length];
            }

            var next = 0;
            for (var a = 0; a < aliveCount; a++)
            {
                var k = alive[a];
                var j = drawn[k];
                var node = set.PathLength(j) > column ? nodeOf[set.PathOf(j)[column]] is var kept and >= 0 ? kept : otherNode : -1;
                if (node < 0)
                {
                    // The path ended, or took a rare branch too small to draw: on to the outcome.
                    (set.Converted[j] ? outBought : outLost)[at[k]]++;
                    continue;
                }

                if (column > 0)
                {
                    var cell = ((at[k] - previousStart) * width) + (node - start);
                    linkCount[cell]++;
                    linkConverting[cell] += set.Converted[j] ? 1 : 0;
                }

                at[k] = node;
                alive[next++] = k;
            }

            aliveCount = next;
            if (column > 0)
            {
                for (var cell = 0; cell < linkCount.Length; cell++)
                {
                    if (linkCount[cell] > 0)
                    {
                        links.Add(new StepLink(previousStart + (cell / width), start + (cell % width), linkCount[cell], linkConverting[cell]));
                    }
                }
            }

            previousStart = start;
            previousCount = width;
        }

        for (var a = 0; a < aliveCount; a++)
        {
            var k = alive[a];
            (set.Converted[drawn[k]] ? outBought : outLost)[at[k]]++;
        }

        var stepNodes = nodes.Count;
        var bought = outBought.Sum();
        var lost = outLost.Sum();
        var boughtNode = bought > 0 ? nodes.Count : -1;
        if (bought > 0)
        {
            nodes.Add(new StepNode(steps, BoughtLabel, StepNodeKind.Bought, bought, bought));
        }

        var lostNode = nodes.Count;
        if (lost > 0)
        {
            nodes.Add(new StepNode(steps, DidNotBuyLabel, StepNodeKind.DidNotBuy, lost, 0));
        }

        for (var n = 0; n < stepNodes; n++)
        {
            if (outBought[n] > 0)
            {
                links.Add(new StepLink(n, boughtNode, outBought[n], outBought[n]));
            }

            if (outLost[n] > 0)
            {
                links.Add(new StepLink(n, lostNode, outLost[n], 0));
            }
        }

        var ordered = links.OrderBy(l => l.From).ThenBy(l => l.To).ToArray();
        return new JourneyStepMap(steps, set.Options.MapMinShare, drawn.Length, [.. nodes], ordered);
    }
}
