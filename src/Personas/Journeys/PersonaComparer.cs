using MathNet.Numerics;

namespace Personas.Journeys;

/// <summary>Compares each persona's journeys with the other personas': touchpoint and transition shares (two-proportion z-test, Benjamini-Hochberg), drop-off stage, typical path.</summary>
internal static class PersonaComparer
{
    public static Dictionary<string, PersonaJourneyComparison> Compare(JourneySet set, string[] personas, int[] journeyPersona, IReadOnlyDictionary<string, JourneySummary> summaries)
    {
        var log = set.Log;
        var tp = log.TouchpointArray;
        var t = log.Touchpoints.Count;
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
            for (var i = set.Starts[j]; i < set.Ends[j]; i++)
            {
                if (tpStamp[tp[i]] != j)
                {
                    tpStamp[tp[i]] = j;
                    tpCounts[q, tp[i]]++;
                }

                if (i == set.Starts[j])
                {
                    continue;
                }

                var e = edges.GetOrAdd(tp[i - 1], tp[i]);
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

                tests.Add(("touchpoint", log.Touchpoints[k], x1, all - x1));
            }

            for (var e = 0; e < edgeCounts.Count; e++)
            {
                var (a, b) = edges.Pair(e);
                tests.Add(("transition", $"{log.Touchpoints[a]} -> {log.Touchpoints[b]}", edgeCounts[e][q], edgeCounts[e].Sum() - edgeCounts[e][q]));
            }

            var differences = Test(tests, journeys[q], totalJourneys - journeys[q], set.Options.SignificanceLevel);
            result[personas[q]] = Describe(personas[q], summaries[personas[q]], differences);
        }

        return result;
    }

    private static JourneyDifference[] Test(List<(string Kind, string Item, long X1, long X2)> tests, long n1, long n2, double alpha)
    {
        if (n1 == 0 || n2 == 0)
        {
            return [];
        }

        var raw = new List<JourneyDifference>();
        foreach (var (kind, item, x1, x2) in tests)
        {
            var p1 = (double)x1 / n1;
            var p2 = (double)x2 / n2;
            var pooled = (double)(x1 + x2) / (n1 + n2);
            if (pooled <= 0 || pooled >= 1)
            {
                continue;
            }

            var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
            var z = (p1 - p2) / se;
            var pValue = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
            raw.Add(new JourneyDifference(kind, item, p1, p2, z, pValue, pValue));
        }

        // Benjamini-Hochberg: q_(i) = min over k >= i of p_(k) * m / k.
        var m = raw.Count;
        var order = raw.Select((d, i) => (d, i)).OrderBy(x => x.d.PValue).ThenBy(x => x.i).ToArray();
        var adjusted = new JourneyDifference[m];
        var running = 1.0;
        for (var k = m - 1; k >= 0; k--)
        {
            running = Math.Min(running, order[k].d.PValue * m / (k + 1));
            adjusted[k] = order[k].d with { QValue = running };
        }

        return adjusted.Where(d => d.QValue < alpha).OrderBy(d => d.QValue).ThenByDescending(d => Math.Abs(d.PersonaShare - d.OtherShare)).ThenBy(d => d.Item, StringComparer.Ordinal).ToArray();
    }

    private static PersonaJourneyComparison Describe(string id, JourneySummary s, JourneyDifference[] differences)
    {
        StageStatistics? worst = null;
        for (var k = 0; k < s.Stages.Count - 1; k++)
        {
            if (s.Stages[k].Reached > 0 && (worst is null || s.Stages[k].DropOff > worst.DropOff))
            {
                worst = s.Stages[k];
            }
        }

        var top = s.Variants.Count > 0 ? s.Variants[0] : null;
        var longWait = s.Stages.Where(x => x.LongWait).OrderByDescending(x => x.MedianSecondsToNext).FirstOrDefault();
        return new PersonaJourneyComparison
        {
            PersonaId = id,
            Journeys = s.Journeys,
            NeverConvertShare = s.Findings.NeverConvertShare,
            LosesMostAtStage = worst?.Stage,
            LosesMostAtStageShare = worst?.DropOffShare ?? 0,
            DropOffTouchpoint = s.Findings.DropOffTouchpoint,
            DropOffTouchpointShare = s.Findings.DropOffTouchpointShare,
            TypicalPath = top?.Path ?? [],
            TypicalPathShare = top?.Share ?? 0,
            LongWaitStage = longWait?.Stage,
            LongWaitMedianSeconds = longWait?.MedianSecondsToNext ?? 0,
            Differences = differences,
        };
    }
}
