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

    private JourneyStepMap StepMap(int[] journeys)
    {
        var steps = set.Options.MapSteps;
        var drawn = journeys.Where(j => set.PathOf(j).Length > 0).ToArray();
        var min = Math.Max(1, (long)Math.Ceiling(set.Options.MapMinShare * drawn.Length));
        var nodes = new List<StepNode>();
        var links = new Dictionary<(int From, int To), (long Count, long Converting)>();
        var at = new int[drawn.Length]; // each journey's current node; -1 once it went to its outcome
        var outcome = new List<(int Journey, int From)>();
        var counts = new long[_log.Touchpoints.Count];
        var converting = new long[counts.Length];
        for (var column = 0; column < steps; column++)
        {
            Array.Clear(counts);
            Array.Clear(converting);
            for (var k = 0; k < drawn.Length; k++)
            {
                var path = set.PathOf(drawn[k]);
                if ((column == 0 || at[k] >= 0) && path.Length > column)
                {
                    counts[path[column]]++;
                    converting[path[column]] += set.Converted[drawn[k]] ? 1 : 0;
                }
            }

            // Kept touchpoints (most journeys first), then "other" when it holds enough journeys (always at the first step).
            var kept = Enumerable.Range(0, counts.Length).Where(t => counts[t] >= min)
                .OrderByDescending(t => counts[t]).ThenBy(t => _log.Touchpoints[t], StringComparer.Ordinal).ToArray();
            var nodeOf = new int[counts.Length];
            Array.Fill(nodeOf, -1);
            long rare = 0, rareConverting = 0;
            for (var t = 0; t < counts.Length; t++)
            {
                if (counts[t] > 0 && counts[t] < min)
                {
                    rare += counts[t];
                    rareConverting += converting[t];
                }
            }

            foreach (var t in kept)
            {
                nodeOf[t] = nodes.Count;
                nodes.Add(new StepNode(column, _log.Touchpoints[t], StepNodeKind.Touchpoint, counts[t], converting[t]));
            }

            var otherNode = -1;
            if (rare > 0 && (rare >= min || column == 0))
            {
                otherNode = nodes.Count;
                nodes.Add(new StepNode(column, OtherLabel, StepNodeKind.Other, rare, rareConverting));
            }

            for (var k = 0; k < drawn.Length; k++)
            {
                if (column > 0 && at[k] < 0)
                {
                    continue;
                }

                var path = set.PathOf(drawn[k]);
                var next = path.Length > column ? (nodeOf[path[column]] >= 0 ? nodeOf[path[column]] : otherNode) : -1;
                if (next < 0)
                {
                    // The path ended, or took a rare branch too small to draw: on to the outcome.
                    outcome.Add((k, at[k]));
                    at[k] = -1;
                    continue;
                }

                if (column > 0)
                {
                    Link(at[k], next, set.Converted[drawn[k]]);
                }

                at[k] = next;
            }
        }

        for (var k = 0; k < drawn.Length; k++)
        {
            if (at[k] >= 0)
            {
                outcome.Add((k, at[k]));
            }
        }

        var bought = outcome.Count(o => set.Converted[drawn[o.Journey]]);
        var boughtNode = bought > 0 ? nodes.Count : -1;
        if (bought > 0)
        {
            nodes.Add(new StepNode(steps, BoughtLabel, StepNodeKind.Bought, bought, bought));
        }

        var notBought = outcome.Count - bought;
        var notNode = nodes.Count;
        if (notBought > 0)
        {
            nodes.Add(new StepNode(steps, DidNotBuyLabel, StepNodeKind.DidNotBuy, notBought, 0));
        }

        foreach (var (k, from) in outcome)
        {
            var c = set.Converted[drawn[k]];
            Link(from, c ? boughtNode : notNode, c);
        }

        var list = links.OrderBy(l => l.Key.From).ThenBy(l => l.Key.To)
            .Select(l => new StepLink(l.Key.From, l.Key.To, l.Value.Count, l.Value.Converting)).ToArray();
        return new JourneyStepMap(steps, set.Options.MapMinShare, drawn.Length, [.. nodes], list);

        void Link(int from, int to, bool converted)
        {
            var (count, conv) = links.GetValueOrDefault((from, to));
            links[(from, to)] = (count + 1, conv + (converted ? 1 : 0));
        }
    }
}
