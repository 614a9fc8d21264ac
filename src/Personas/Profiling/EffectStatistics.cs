using MathNet.Numerics;

namespace Personas.Profiling;

/// <summary>The result of comparing two groups: effect size with its 95% CI, and the test's two-sided p-value.</summary>
internal readonly record struct GroupComparison(double EffectSize, double CiLow, double CiHigh, double PValue, double Statistic, double DegreesOfFreedom);

/// <summary>
/// Two-group statistics used by the profiler: Hedges' g with Welch's t-test for numbers, Cohen's h with the
/// two-proportion z-test for shares, and the Benjamini-Hochberg adjustment.
/// </summary>
internal static class EffectStatistics
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    internal const double Z975 = 1.959963984540054;

    /// <summary>The largest |effect size| reported (a group with no variance would otherwise give infinity).</summary>
    internal const double MaxEffect = 10.0;

    /// <summary>
    /// Hedges' g (bias-corrected standardised mean difference with the pooled SD), its 95% CI from the
    /// large-sample variance J^2 ((n1+n2)/(n1 n2) + d^2 / (2 (n1+n2))) (Hedges and Olkin 1985;
    /// Borenstein et al., Introduction to Meta-Analysis, 2009, chapter 4), and Welch's two-sided
    /// t-test p-value with Welch-Satterthwaite degrees of freedom.
    /// </summary>
    internal static GroupComparison Welch(double mean1, double var1, int n1, double mean2, double var2, int n2)
    {
        var diff = mean1 - mean2;
        var se1 = var1 / n1;
        var se2 = var2 / n2;
        var se = Math.Sqrt(se1 + se2);
        double t, df, p;
        if (se > 0)
        {
            t = diff / se;
            df = ((se1 + se2) * (se1 + se2)) / ((se1 * se1 / (n1 - 1)) + (se2 * se2 / (n2 - 1)));
            p = StudentTTwoSided(t, df);
        }
        else
        {
            t = diff == 0 ? 0 : Math.CopySign(double.PositiveInfinity, diff);
            df = n1 + n2 - 2;
            p = diff == 0 ? 1 : 0;
        }

        var pooled = Math.Sqrt((((n1 - 1) * var1) + ((n2 - 1) * var2)) / (n1 + n2 - 2));
        var d = pooled > 0 ? diff / pooled : (diff == 0 ? 0 : Math.CopySign(MaxEffect, diff));
        var j = 1 - (3.0 / ((4.0 * (n1 + n2)) - 9));
        var g = Math.Clamp(j * d, -MaxEffect, MaxEffect);
        var dc = g / j;
        var varG = j * j * (((double)(n1 + n2) / ((double)n1 * n2)) + (dc * dc / (2.0 * (n1 + n2))));
        var half = Z975 * Math.Sqrt(varG);
        return new GroupComparison(g, g - half, g + half, p, t, df);
    }

    /// <summary>The two-sided p-value of Student's t distribution: I_{df/(df+t^2)}(df/2, 1/2), exact in the tails.</summary>
    internal static double StudentTTwoSided(double t, double df)
    {
        if (double.IsInfinity(t))
        {
            return 0;
        }

        return Math.Clamp(SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + (t * t))), 0, 1);
    }

    /// <summary>
    /// Cohen's h = 2 asin(sqrt(p1)) - 2 asin(sqrt(p2)) with the 95% CI h ± 1.96 sqrt(1/n1 + 1/n2), and the pooled
    /// two-proportion z-test (z^2 equals the 2x2 Pearson chi-square without continuity correction).
    /// </summary>
    internal static GroupComparison TwoProportions(int x1, int n1, int x2, int n2)
    {
        var p1 = (double)x1 / n1;
        var p2 = (double)x2 / n2;
        var h = (2 * Math.Asin(Math.Sqrt(p1))) - (2 * Math.Asin(Math.Sqrt(p2)));
        var half = Z975 * Math.Sqrt((1.0 / n1) + (1.0 / n2));
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        double z, p;
        if (se > 0)
        {
            z = (p1 - p2) / se;
            p = Math.Clamp(SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)), 0, 1);
        }
        else
        {
            z = 0;
            p = 1;
        }

        return new GroupComparison(h, h - half, h + half, p, z, 1);
    }

    /// <summary>Benjamini-Hochberg q-values: q_(i) = min over j >= i of p_(j) m / j, capped at 1, in input order.</summary>
    internal static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var r = m - 1; r >= 0; r--)
        {
            var i = order[r];
            running = Math.Min(running, pValues[i] * ((double)m / (r + 1))); // never below p, even after rounding
            q[i] = running;
        }

        return q;
    }
}
