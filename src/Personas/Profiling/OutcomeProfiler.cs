using MathNet.Numerics.Distributions;
using Personas.Data;
using Personas.Features;

namespace Personas.Profiling;

/// <summary>Measures each outcome column on each persona against the rest (see <see cref="OutcomeKpi"/>), one pass per column.</summary>
internal static class OutcomeProfiler
{
    /// <summary>The KPIs per persona (in outcome order; empty for personas not described in detail) and one summary per outcome.</summary>
    public static (OutcomeKpi[][] PerPersona, OutcomeSummary[] Summaries) Profile(CustomerTable table, IReadOnlyList<OutcomeColumn> outcomes, int[] labels, int k, bool[] detailed, float[]? value)
    {
        var raw = new List<(int Label, OutcomeKpi Kpi)>();
        var summaries = new List<OutcomeSummary>();
        foreach (var o in outcomes)
        {
            if (!table.TryGetColumn(o.Name, out var column))
            {
                continue;
            }

            var summary = o.IsBinary ? Rate(column, o, labels, k, detailed, value, raw) : Mean(column, o, labels, k, detailed, raw);
            if (summary is not null)
            {
                summaries.Add(summary);
            }
        }

        var q = EffectStatistics.BenjaminiHochberg(raw.Select(r => r.Kpi.PValue).ToArray());
        var per = new OutcomeKpi[k][];
        for (var c = 0; c < k; c++)
        {
            per[c] = raw.Select((r, i) => (r, i)).Where(x => x.r.Label == c).Select(x => x.r.Kpi with { QValue = q[x.i] }).ToArray();
        }

        return (per, summaries.ToArray());
    }

    private static OutcomeSummary? Rate(CustomerColumn column, OutcomeColumn o, int[] labels, int k, bool[] detailed, float[]? value, List<(int, OutcomeKpi)> output)
    {
        var level = o.PositiveLevel ?? "yes";
        var code = column.IsNumeric ? 1 : IndexOf(column.Levels, level);
        var positives = new int[k];
        var counts = new int[k];
        var positiveValue = new double[k];
        for (var i = 0; i < labels.Length; i++)
        {
            var (known, hit) = column.IsNumeric
                ? (float.IsFinite(column.Numbers.Span[i]), column.Numbers.Span[i] != 0)
                : (column.Codes.Span[i] >= 0, column.Codes.Span[i] == code);
            if (!known)
            {
                continue;
            }

            counts[labels[i]]++;
            if (hit)
            {
                positives[labels[i]]++;
                if (value is not null && float.IsFinite(value[i]))
                {
                    positiveValue[labels[i]] += value[i];
                }
            }
        }

        int totalPositives = positives.Sum(), total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var totalValue = positiveValue.Sum();
        for (var c = 0; c < k; c++)
        {
            int n1 = counts[c], n2 = total - n1, x1 = positives[c], x2 = totalPositives - x1;
            if (!detailed[c] || n1 == 0 || n2 == 0)
            {
                continue;
            }

            double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
            var (low, high) = Wilson(x1, n1);
            output.Add((c, new OutcomeKpi
            {
                Outcome = o.Name,
                Level = level,
                IsRate = true,
                IsLeakage = o.IsLeakage,
                PersonaValue = p1,
                RestValue = p2,
                Lift = p2 > 0 ? p1 / p2 : null,
                CiLow = low,
                CiHigh = high,
                PValue = EffectStatistics.TwoProportions(x1, n1, x2, n2).PValue,
                QValue = 1,
                ShareOfOutcome = totalPositives > 0 ? (double)x1 / totalPositives : null,
                ShareOfValue = value is not null && totalValue > 0 ? positiveValue[c] / totalValue : null,
                PersonaCount = n1,
                RestCount = n2,
            }));
        }

        return new OutcomeSummary(o.Name, level, true, o.IsLeakage, (double)totalPositives / total, total, o.Reason);
    }

    private static OutcomeSummary? Mean(CustomerColumn column, OutcomeColumn o, int[] labels, int k, bool[] detailed, List<(int, OutcomeKpi)> output)
    {
        if (!column.IsNumeric)
        {
            return null;
        }

        var x = column.Numbers.Span;
        var sum = new double[k];
        var sum2 = new double[k];
        var counts = new int[k];
        var negative = false;
        for (var i = 0; i < labels.Length; i++)
        {
            if (float.IsFinite(x[i]))
            {
                sum[labels[i]] += x[i];
                sum2[labels[i]] += (double)x[i] * x[i];
                counts[labels[i]]++;
                negative |= x[i] < 0;
            }
        }

        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        double totalSum = sum.Sum(), totalSum2 = sum2.Sum();
        for (var c = 0; c < k; c++)
        {
            int n1 = counts[c], n2 = total - n1;
            if (!detailed[c] || n1 < 2 || n2 < 2)
            {
                continue;
            }

            var (m1, v1) = Moments(sum[c], sum2[c], n1);
            var (m2, v2) = Moments(totalSum - sum[c], totalSum2 - sum2[c], n2);
            var half = StudentT.InvCDF(0, 1, n1 - 1, 0.975) * Math.Sqrt(v1 / n1);
            output.Add((c, new OutcomeKpi
            {
                Outcome = o.Name,
                IsRate = false,
                IsLeakage = o.IsLeakage,
                PersonaValue = m1,
                RestValue = m2,
                Lift = m2 > 0 ? m1 / m2 : null,
                CiLow = m1 - half,
                CiHigh = m1 + half,
                PValue = EffectStatistics.Welch(m1, v1, n1, m2, v2, n2).PValue,
                QValue = 1,
                ShareOfOutcome = !negative && totalSum > 0 ? sum[c] / totalSum : null,
                PersonaCount = n1,
                RestCount = n2,
            }));
        }

        return new OutcomeSummary(o.Name, null, false, o.IsLeakage, totalSum / total, total, o.Reason);
    }

    /// <summary>The Wilson score interval of a proportion at 95%.</summary>
    internal static (double Low, double High) Wilson(int x, int n)
    {
        var z = EffectStatistics.Z975;
        var p = (double)x / n;
        var denominator = 1 + (z * z / n);
        var centre = (p + (z * z / (2.0 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Mean and sample variance from sums (shifted data is not needed at the precision shown on cards).</summary>
    private static (double Mean, double Variance) Moments(double sum, double sum2, int n) =>
        (sum / n, Math.Max(0, (sum2 - (sum * sum / n)) / (n - 1)));

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var l = 0; l < levels.Count; l++)
        {
            if (string.Equals(levels[l], level, StringComparison.Ordinal))
            {
                return l;
            }
        }

        return -1;
    }
}
