namespace Personas.Journeys;

/// <summary>
/// The stage funnel: customers by the furthest stage they reach. Before the purchase, a customer reaches the furthest
/// stage any of their journeys touches (a purchase counts as the purchase-decision stage); then "bought" (a conversion,
/// with or without a delivery); post-purchase is reached by a post-purchase touch after a purchase or by a next
/// purchase; repurchase by a second purchase (a later purchase journey).
/// </summary>
internal sealed partial class SummaryCalculator
{
    /// <summary>The funnel step that stands for "bought", inserted after the purchase-decision stage.</summary>
    public const string BoughtStep = "bought";

    /// <summary>The funnel step of a stage (stages after the purchase-decision stage move one down for "bought").</summary>
    private int StepOfStage(int stage) => set.PurchaseStage >= 0 && stage > set.PurchaseStage ? stage + 1 : stage;

    private FunnelResult StageFunnel(int[] journeys, CancellationToken cancellationToken)
    {
        var names = set.StageNames;
        var p = set.PurchaseStage;
        var steps = p < 0 ? [.. names] : names.Take(p + 1).Append(BoughtStep).Concat(names.Skip(p + 1)).ToArray();
        var counts = new long[steps.Length];
        var reached = new bool[steps.Length];
        var afterPurchase = new bool[names.Length];
        var open = set.Options.StageFunnelKind == FunnelKind.Open;
        var k = 0;
        long seen = 0;
        while (k < journeys.Length)
        {
            // One customer's journeys are consecutive in the set (and in every subset).
            var customer = set.Customer[journeys[k]];
            Array.Clear(reached);
            Array.Clear(afterPurchase);
            var purchases = 0L;
            var postTouch = false;
            for (; k < journeys.Length && set.Customer[journeys[k]] == customer; k++)
            {
                var j = journeys[k];
                seen += set.Ends[j] - set.Starts[j];
                if (seen > 1 << 20)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    seen = 0;
                }

                var boughtHere = false;
                for (var i = set.Starts[j]; i < set.Ends[j]; i++)
                {
                    var stage = set.StageOf(i);
                    var role = set.Role(i);
                    if (role == JourneySet.ConversionRole)
                    {
                        purchases++;
                        boughtHere = true;
                        if (p >= 0)
                        {
                            reached[p] = true;
                            continue;
                        }
                    }

                    if (p < 0)
                    {
                        if (stage >= 0)
                        {
                            reached[stage] = true;
                        }

                        continue;
                    }

                    if (role == JourneySet.PostPurchaseRole || (stage > p && stage != set.RepurchaseStage))
                    {
                        // After-sales events count only after a purchase in the same journey.
                        if (boughtHere)
                        {
                            postTouch |= role == JourneySet.PostPurchaseRole || stage == set.PostPurchaseStage;
                            if (stage > p)
                            {
                                afterPurchase[stage] = true;
                            }
                        }

                        continue;
                    }

                    if (stage == set.RepurchaseStage)
                    {
                        // A repurchase-stage touch starts a later journey: it is that journey's entry.
                        reached[0] = true;
                    }
                    else if (stage >= 0)
                    {
                        reached[stage] = true;
                    }
                }
            }

            if (p >= 0 && purchases > 0)
            {
                reached[p + 1] = true;
                for (var stage = p + 1; stage < names.Length; stage++)
                {
                    reached[stage + 1] = stage == set.PostPurchaseStage ? postTouch || purchases > 1
                        : stage == set.RepurchaseStage ? purchases > 1
                        : afterPurchase[stage];
                }
            }

            if (open)
            {
                for (var s = 0; s < steps.Length; s++)
                {
                    counts[s] += reached[s] ? 1 : 0;
                }

                continue;
            }

            var furthest = Array.LastIndexOf(reached, true);
            for (var s = 0; s <= furthest; s++)
            {
                counts[s]++;
            }
        }

        return FunnelResultOf("stages", set.Options.StageFunnelKind, FunnelStepMode.Eventually, null, steps, counts);
    }
}
