using Personas.Data;

namespace Personas.Profiling;

/// <summary>One comparison before the multiple-testing adjustment.</summary>
internal sealed record RawComparison(int Label, Trait Trait);

/// <summary>Compares every persona with the rest on one column, and summarises each persona's column for the centroid.</summary>
internal static class ColumnComparer
{
    internal static readonly string[] BooleanLevels = ["no", "yes"];

    /// <summary>Numeric column: per persona mean/median/variance vs the rest; Hedges' g and Welch's test. NaN and infinities count as missing.</summary>
    internal static void CompareNumeric(CustomerColumn column, int[] labels, int k, bool[] detailed, List<RawComparison> output, CentroidValue?[] centroids)
    {
        var x = column.Numbers.Span;
        double total = 0;
        var count = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (float.IsFinite(x[i]))
            {
                total += x[i];
                count++;
            }
        }

        if (count == 0)
        {
            return;
        }

        var center = total / count;
        var s1 = new double[k];
        var s2 = new double[k];
        var counts = new int[k];
        for (var i = 0; i < x.Length; i++)
        {
            if (!float.IsFinite(x[i]))
            {
                continue;
            }

            var dev = x[i] - center;
            s1[labels[i]] += dev;
            s2[labels[i]] += dev * dev;
            counts[labels[i]]++;
        }

        var (medians, restMedians) = GroupMedians.Compute(x, labels, k, detailed);
        double t1 = s1.Sum(), t2 = s2.Sum();
        for (var c = 0; c < k; c++)
        {
            if (!detailed[c])
            {
                continue;
            }

            int n1 = counts[c], n2 = count - n1;
            var personaMedian = medians[c];
            centroids[c] = new CentroidValue { Kind = TraitKind.Numeric, Mean = n1 > 0 ? center + (s1[c] / n1) : null, Median = personaMedian };
            if (n1 < 2 || n2 < 2)
            {
                continue;
            }

            var m1 = center + (s1[c] / n1);
            var m2 = center + ((t1 - s1[c]) / n2);
            var v1 = Math.Max(0, (s2[c] - (s1[c] * s1[c] / n1)) / (n1 - 1));
            var r1 = t1 - s1[c];
            var v2 = Math.Max(0, (t2 - s2[c] - (r1 * r1 / n2)) / (n2 - 1));
            var cmp = EffectStatistics.Welch(m1, v1, n1, m2, v2, n2);
            output.Add(new RawComparison(c, new Trait
            {
                Feature = column.Name,
                Level = null,
                Kind = TraitKind.Numeric,
                Direction = m1 >= m2 ? TraitDirection.Higher : TraitDirection.Lower,
                PersonaValue = m1,
                RestValue = m2,
                PersonaMedian = personaMedian,
                RestMedian = restMedians[c],
                EffectSize = cmp.EffectSize,
                CiLow = cmp.CiLow,
                CiHigh = cmp.CiHigh,
                PValue = cmp.PValue,
                QValue = cmp.PValue,
                Lift = center > 0 ? m1 / center : null,
                PersonaCount = n1,
                RestCount = n2,
            }));
        }
    }

    /// <summary>Categorical (or boolean) column: per persona and level, share vs the rest; Cohen's h and the two-proportion z-test.</summary>
    internal static void CompareCategorical(CustomerColumn column, int[] labels, int k, bool[] detailed, List<RawComparison> output, CentroidValue?[] centroids)
    {
        var isBoolean = column.IsNumeric;
        var levels = isBoolean ? BooleanLevels : column.Levels;
        var counts = new int[k, levels.Count];
        var nonMissing = new int[k];
        var levelTotals = new int[levels.Count];
        var rows = column.Length;
        for (var i = 0; i < rows; i++)
        {
            var code = Code(column, i);
            if (code < 0 || code >= levels.Count)
            {
                continue;
            }

            counts[labels[i], code]++;
            nonMissing[labels[i]]++;
            levelTotals[code]++;
        }

        var totalNonMissing = nonMissing.Sum();
        for (var c = 0; c < k; c++)
        {
            if (!detailed[c])
            {
                continue;
            }

            var n1 = nonMissing[c];
            var n2 = totalNonMissing - n1;
            centroids[c] = Modal(levels, counts, c, n1);
            if (n1 == 0 || n2 == 0)
            {
                continue;
            }

            for (var l = isBoolean ? 1 : 0; l < levels.Count; l++)
            {
                if (levelTotals[l] == 0)
                {
                    continue;
                }

                var x1 = counts[c, l];
                var x2 = levelTotals[l] - x1;
                var cmp = EffectStatistics.TwoProportions(x1, n1, x2, n2);
                double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
                output.Add(new RawComparison(c, new Trait
                {
                    Feature = column.Name,
                    Level = levels[l],
                    Kind = TraitKind.Categorical,
                    Direction = p1 >= p2 ? TraitDirection.Higher : TraitDirection.Lower,
                    PersonaValue = p1,
                    RestValue = p2,
                    EffectSize = cmp.EffectSize,
                    CiLow = cmp.CiLow,
                    CiHigh = cmp.CiHigh,
                    PValue = cmp.PValue,
                    QValue = cmp.PValue,
                    Lift = p1 / ((double)levelTotals[l] / totalNonMissing),
                    PersonaCount = n1,
                    RestCount = n2,
                }));
            }
        }
    }

    private static int Code(CustomerColumn column, int i)
    {
        if (!column.IsNumeric)
        {
            return column.Codes.Span[i];
        }

        var v = column.Numbers.Span[i];
        return !float.IsFinite(v) ? -1 : (v != 0 ? 1 : 0);
    }

    private static CentroidValue Modal(IReadOnlyList<string> levels, int[,] counts, int c, int n)
    {
        var best = -1;
        for (var l = 0; l < levels.Count; l++)
        {
            if (counts[c, l] > 0 && (best < 0 || counts[c, l] > counts[c, best]))
            {
                best = l;
            }
        }

        return new CentroidValue
        {
            Kind = TraitKind.Categorical,
            Level = best >= 0 ? levels[best] : null,
            Share = best >= 0 ? (double)counts[c, best] / n : null,
        };
    }
}
