using Personas.Profiling;

namespace Personas.Journeys;

/// <summary>
/// Compares each persona's journeys with the other personas': touchpoint and transition shares of their paths (the
/// two-proportion test with Cohen's h, Benjamini-Hochberg across the persona's tests, and a minimum effect size), the
/// stage where it loses customers, the paths worth naming, and the waits inside journeys it takes longer over.
/// </summary>
internal static partial class PersonaComparer
{
    public static Dictionary<string, PersonaJourneyComparison> Compare(JourneySet set, string[] personas, int[] journeyPersona, IReadOnlyDictionary<string, JourneySummary> summaries, CancellationToken cancellationToken)
    {
        var t = set.Log.Touchpoints.Count;
        var p = personas.Length;
        var journeys = new long[p];
        var tpCounts = new long[p, t];
        var edges = new SummaryCalculator.EdgeIndex(t);
        var edgeCounts = new List<long[]>();
        var tpStamp = new int[t];
        Array.Fill(tpStamp, -1);
        var edgeStamp = new List<int>();
        for (var j = 0; j < set.Count; j++)
        {
            var q = journeyPersona[j];
            if (q < 0)
            {
                continue;
            }

            journeys[q]++;
            var path = set.PathOf(j);
            for (var i = 0; i < path.Length; i++)
            {
                if (tpStamp[path[i]] != j)
                {
                    tpStamp[path[i]] = j;
                    tpCounts[q, path[i]]++;
                }

                if (i == 0)
                {
                    continue;
                }

                var e = edges.GetOrAdd(path[i - 1], path[i]);
                if (e == edgeCounts.Count)
                {
                    edgeCounts.Add(new long[p]);
                    edgeStamp.Add(-1);
                }

                if (edgeStamp[e] != j)
                {
                    edgeStamp[e] = j;
                    edgeCounts[e][q]++;
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var waits = Waits(set, p, journeyPersona, cancellationToken);
        var totalJourneys = journeys.Sum();
        var result = new Dictionary<string, PersonaJourneyComparison>(StringComparer.Ordinal);
        for (var q = 0; q < p; q++)
        {
            var tests = new List<(string Kind, string Item, long X1, long X2)>();
            for (var k = 0; k < t; k++)
            {
                long x1 = tpCounts[q, k], all = 0;
                for (var r = 0; r < p; r++)
                {
                    all += tpCounts[r, k];
                }

                tests.Add(("touchpoint", set.Log.Touchpoints[k], x1, all - x1));
            }

            for (var e = 0; e < edgeCounts.Count; e++)
            {
                var (a, b) = edges.Pair(e);
                tests.Add(("transition", $"{set.Log.Touchpoints[a]} -> {set.Log.Touchpoints[b]}", edgeCounts[e][q], edgeCounts[e].Sum() - edgeCounts[e][q]));
            }

            var differences = Test(tests, journeys[q], totalJourneys - journeys[q], set.Options);
            result[personas[q]] = Describe(personas[q], summaries[personas[q]], differences, SlowerWaits(set, waits, q));
        }

        return result;
    }

    private static JourneyDifference[] Test(List<(string Kind, string Item, long X1, long X2)> tests, long n1, long n2, JourneyOptions options)
    {
        if (n1 == 0 || n2 == 0)
        {
            return [];
        }

        var raw = new List<JourneyDifference>();
        foreach (var (kind, item, x1, x2) in tests)
        {
            // A share that is 0 or 1 on both sides cannot differ; it is not a test (and does not count for Benjamini-Hochberg).
            if (x1 + x2 == 0 || x1 + x2 == n1 + n2)
            {
                continue;
            }

            var c = EffectStatistics.TwoProportions((int)x1, (int)n1, (int)x2, (int)n2);
            raw.Add(new JourneyDifference(kind, item, (double)x1 / n1, (double)x2 / n2, c.Statistic, c.PValue, c.PValue, c.EffectSize));
        }

        var q = EffectStatistics.BenjaminiHochberg(raw.Select(d => d.PValue).ToArray());
        return raw.Select((d, i) => d with { QValue = q[i] })
            .Where(d => d.QValue < options.SignificanceLevel && Math.Abs(d.EffectSize) >= options.MinEffectSize)
            .OrderByDescending(d => Math.Abs(d.EffectSize)).ThenBy(d => d.QValue).ThenBy(d => d.Item, StringComparer.Ordinal)
            .ToArray();
    }

    private static PersonaJourneyComparison Describe(string id, JourneySummary s, JourneyDifference[] differences, SlowerTransition[] slower)
    {
        var bottleneck = s.Stages.FirstOrDefault(x => x.Stage == s.Findings.BottleneckStage);
        var longWait = s.Stages.Where(x => x.LongWait).OrderByDescending(x => x.MedianSecondsToNext).FirstOrDefault();
        return new PersonaJourneyComparison
        {
            PersonaId = id,
            Journeys = s.Journeys,
            Customers = s.StageFunnel.Steps.Count > 0 ? s.StageFunnel.Steps[0].Count : s.Customers,
            NeverConvertShare = s.Findings.NeverConvertShare,
            BuyingShare = s.Findings.BuyingShare,
            RepurchaseShare = s.Findings.RepurchaseShare,
            LosesMostAtStage = bottleneck?.Stage,
            LosesMostAtStageShare = bottleneck?.DropOffShare ?? 0,
            LosesMostAtStageReached = bottleneck?.Reached ?? 0,
            DropOffTouchpoint = s.Findings.DropOffTouchpoint,
            DropOffTouchpointShare = s.Findings.DropOffTouchpointShare,
            TypicalPath = s.Paths.Typical?.Path ?? [],
            TypicalPathShare = s.Paths.Typical?.Share ?? 0,
            TypicalPathConversionRate = s.Paths.Typical?.ConversionRate ?? 0,
            TypicalPathMinShare = s.Paths.MinShare,
            LargestPathShare = s.Variants.Count > 0 ? s.Variants[0].Share : 0,
            TypicalConvertingPath = s.Paths.TypicalConverting?.Path ?? [],
            TypicalConvertingPathShare = s.Paths.TypicalConverting?.Share ?? 0,
            TypicalAbandonedPath = s.Paths.TypicalAbandoned?.Path ?? [],
            TypicalAbandonedPathShare = s.Paths.TypicalAbandoned?.Share ?? 0,
            Entries = s.Paths.Entries,
            PurchaseTouchpoints = s.Paths.PurchaseTouchpoints,
            LongWaitStage = longWait?.Stage,
            LongWaitMedianSeconds = longWait?.MedianSecondsToNext ?? 0,
            SlowerWaits = slower,
            Differences = differences,
        };
    }
}
