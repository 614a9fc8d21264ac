using Personas.Profiling;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

public class EffectStatisticsTests
{
    // The three worked examples of Welch's t-test on Wikipedia ("Welch's t-test", Examples), which publish
    // t, the Welch-Satterthwaite degrees of freedom and the two-sided p-value. t and df below are also computed by
    // hand from the sample means and variances (e.g. example 1: means 20.82 and 22.9867, variances 7.8674 and
    // 3.8127, n = 15 each: t = -2.1667 / sqrt(7.8674/15 + 3.8127/15) = -2.4554, df = 24.99). Wikipedia prints the
    // p-values rounded (0.021, 0.149, 0.035); the six-digit values here come from integrating Student's t density
    // numerically (Simpson's rule, 2e6 steps) at these t and df, independently of MathNet.
    public static TheoryData<double[], double[], double, double, double> WelchExamples => new()
    {
        {
            [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4],
            [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4],
            -2.455356, 24.988529, 0.021378
        },
        {
            [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8],
            [21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5, 22.5, 23.5, 21.5, 21.8],
            -1.565434, 9.904741, 0.148842
        },
        {
            [19.8, 20.4, 19.6, 17.8, 18.5, 18.9, 18.3, 18.9, 19.5, 22.0],
            [28.2, 26.6, 20.1, 23.3, 25.2, 22.1, 17.7, 27.6, 20.6, 13.7, 23.2, 17.5, 20.6, 18.0, 23.9, 21.6, 24.3, 20.4, 23.9, 13.3],
            -2.225512, 24.524635, 0.035485
        },
    };

    [Theory]
    [MemberData(nameof(WelchExamples))]
    public void Welch_OnWikipediaExamples_MatchesPublishedValues(double[] a, double[] b, double t, double df, double p)
    {
        var r = EffectStatistics.Welch(Mean(a), Var(a), a.Length, Mean(b), Var(b), b.Length);
        Assert.Equal(t, r.Statistic, 1e-5);
        Assert.Equal(df, r.DegreesOfFreedom, 1e-5);
        Assert.Equal(p, r.PValue, 1e-6);
    }

    [Fact]
    public void Profile_WelchExample1_ReportsMeansMediansAndPValueOfTheTest()
    {
        double[] a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
        double[] b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
        var table = Table(Numeric("x", a.Concat(b)));
        var labels = a.Select(_ => 0).Concat(b.Select(_ => 1)).ToArray();

        var set = Profiler.Profile(table, labels, 2, new ProfilingOptions { MinPersonaSize = 5 });

        var t = Assert.Single(set["P1"].Comparisons);
        Assert.Equal(20.82, t.PersonaValue, 4);
        Assert.Equal(22.986667, t.RestValue, 4);
        Assert.Equal(21.0, t.PersonaMedian!.Value, 4);
        Assert.Equal(22.9, t.RestMedian!.Value, 4);
        Assert.Equal(0.021, t.PValue, 3);
        Assert.Equal(TraitDirection.Lower, t.Direction);
        // Two tests (P1 vs rest, P2 vs rest) with the same p: BH leaves p unchanged.
        Assert.Equal(t.PValue, t.QValue, 12);
        // Hedges' g by hand: pooled SD sqrt((14*7.8674 + 14*3.8127)/28) = 2.4166, d = -2.1667/2.4166 = -0.89657,
        // J = 1 - 3/(4*30 - 9) = 0.97297, g = -0.87234.
        Assert.Equal(-0.872338, t.EffectSize, 5);
        Assert.Equal(-1.602819, t.CiLow, 5);
        Assert.Equal(-0.141856, t.CiHigh, 5);
    }

    [Fact]
    public void Welch_BorensteinExample_GivesHedgesGAndItsConfidenceInterval()
    {
        // Borenstein, Hedges, Higgins and Rothstein, Introduction to Meta-Analysis (2009), section 4.2 worked
        // example: means 103 and 100, SDs 5.5 and 4.5, n = 50 each: S_within = 5.0249, d = 0.5970, J = 0.9923,
        // g = 0.5924, V_g = 0.0411 (SE 0.2028), so the 95% CI is 0.5924 +- 1.96 * 0.2028 = [0.1948, 0.9900].
        var r = EffectStatistics.Welch(103, 5.5 * 5.5, 50, 100, 4.5 * 4.5, 50);
        Assert.Equal(0.5924, r.EffectSize, 4);
        Assert.Equal(0.1948, r.CiLow, 5e-4);
        Assert.Equal(0.9900, r.CiHigh, 5e-4);
    }

    [Fact]
    public void TwoProportions_On2x2Table_EqualsHandComputedChiSquare()
    {
        // Persona: 30 of 50 have the level; rest: 20 of 100. Table [[30, 20], [20, 80]], N = 150.
        // Expected counts: 16.667, 33.333 / 33.333, 66.667. Chi-square = 13.333^2 * (1/16.667 + 1/33.333 + 1/33.333
        // + 1/66.667) = 177.78 * 0.135 = 24.000 (1 df), so z = sqrt(24) = 4.89898 and
        // p = P(chi2_1 > 24) = erfc(sqrt(12)) = 9.63357e-7. Cohen's h = 2 asin(sqrt(.6)) - 2 asin(sqrt(.2)) = 0.844859.
        var r = EffectStatistics.TwoProportions(30, 50, 20, 100);
        Assert.Equal(24.0, r.Statistic * r.Statistic, 9);
        Assert.Equal(9.63357e-7, r.PValue, 11);
        Assert.Equal(0.844859, r.EffectSize, 6);
        Assert.Equal(0.844859 - (1.959964 * Math.Sqrt((1 / 50.0) + (1 / 100.0))), r.CiLow, 5);
    }

    [Fact]
    public void Profile_CategoricalLevel_ReportsSharesLiftAndTestOfThe2x2Table()
    {
        var codes = Enumerable.Repeat(0, 30).Concat(Enumerable.Repeat(1, 20)).Concat(Enumerable.Repeat(0, 20)).Concat(Enumerable.Repeat(1, 80));
        var table = Table(Categorical("channel", ["store", "web"], codes));
        var labels = Enumerable.Repeat(0, 50).Concat(Enumerable.Repeat(1, 100)).ToArray();

        var set = Profiler.Profile(table, labels, 2);

        var store = set["P1"].Comparisons.Single(c => c.Level == "store");
        Assert.Equal(0.6, store.PersonaValue, 12);
        Assert.Equal(0.2, store.RestValue, 12);
        Assert.Equal(0.6 / (50.0 / 150), store.Lift!.Value, 12);
        Assert.Equal(9.63357e-7, store.PValue, 11);
        Assert.Contains(set["P1"].Traits, t => t.Level == "store" && t.Direction == TraitDirection.Higher);
        Assert.Contains(set["P1"].Traits, t => t.Level == "web" && t.Direction == TraitDirection.Lower);
    }

    [Fact]
    public void BenjaminiHochberg_OnThePaperExample_MatchesRsPAdjust()
    {
        // Benjamini and Hochberg (1995), section 4: 15 p-values; at 0.05 the first four are rejected.
        // Adjusted values as printed by R's p.adjust(p, "BH").
        double[] p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000];
        double[] expected = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875, 0.753231, 0.813214, 1];

        var q = EffectStatistics.BenjaminiHochberg(p.Reverse().ToArray()).Reverse().ToArray();

        for (var i = 0; i < p.Length; i++)
        {
            Assert.Equal(expected[i], q[i], 6);
        }

        Assert.Equal(4, q.Count(x => x < 0.05));
    }

    private static double Mean(double[] x) => x.Average();

    private static double Var(double[] x)
    {
        var m = x.Average();
        return x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
    }
}
