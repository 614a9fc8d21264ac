using Personas.Data;
using Personas.Features;
using static Personas.Tests.Features.OutcomeDetectionTests;

namespace Personas.Tests.Features;

/// <summary>Sentinels, implausible values, the signed log, one fact in several columns and rare flags (issue 14, docs/columns.md).</summary>
public class ExportEncodingTests
{
    private static readonly int[] Rows = Enumerable.Range(0, 200).ToArray();

    private static double[] Column(FeatureMatrix m, int c) => Enumerable.Range(0, m.Rows).Select(i => (double)m[i, c]).ToArray();

    [Fact]
    public void MinusOne_TheOnlyNegativeCode_IsASentinel_AtTheCentre_WithAnIndicator()
    {
        // pdays: -1 for 60% ("never contacted"), else 1..80 days.
        var pdays = Rows.Select(i => i % 5 < 3 ? -1.0 : 1 + (i % 80)).ToArray();
        var table = Table(Num("pdays", pdays), Num("age", Rows.Select(i => 20.0 + (i % 50))));
        var plan = FeaturePlan.Learn(table);
        var pc = plan.Columns[0];
        Assert.Equal(-1, pc.Sentinel);
        Assert.True(pc.MissingIndicator);
        Assert.Equal(["pdays", "pdays (-1)", "age"], plan.FeatureNames);
        Assert.Contains(plan.Decisions, d => d.StartsWith("pdays: -1 in 120 rows (60.0%) is a sentinel (the only negative value, a code", StringComparison.Ordinal));
        var m = plan.Transform(table);
        var values = Column(m, 0);
        Assert.All(Rows.Where(i => pdays[i] == -1), i => Assert.Equal(0, values[i]));
        var present = Rows.Where(i => pdays[i] != -1).Select(i => values[i]).ToArray();
        Assert.Equal(0, present.Average(), 5); // centred on the real values only
        Assert.All(Rows, i => Assert.Equal(pdays[i] == -1, m[i, 1] > 0));
        Assert.False(FeaturePlan.Learn(table, new FeatureOptions { DetectSentinels = false }).Columns[0].Sentinel.HasValue);
    }

    [Fact]
    public void NinesCode_FarAboveTheRest_IsASentinel_AndAGivenSentinelToo()
    {
        var days = Rows.Select(i => i % 4 == 0 ? 999.0 : i % 30).ToArray();
        var plan = FeaturePlan.Learn(Table(Num("days_since", days)));
        Assert.Equal(999, plan.Columns[0].Sentinel);
        var given = FeaturePlan.Learn(Table(Num("score", Rows.Select(i => i % 10 == 0 ? 5.0 : i % 5))), new FeatureOptions { Sentinels = new Dictionary<string, double> { ["score"] = 5 } });
        Assert.Equal(5, given.Columns[0].Sentinel);
    }

    [Fact]
    public void OrdinaryColumns_HaveNoSentinel()
    {
        // Many zeros (no purchases) at the bottom are values, not a code; a -1 among other negatives is a value too.
        var spend = Rows.Select(i => i % 2 == 0 ? 0.0 : 10 + i).ToArray();
        var balance = Rows.Select(i => (double)(i - 50)).ToArray();
        var plan = FeaturePlan.Learn(Table(Num("spend", spend), Num("balance", balance)));
        Assert.All(plan.Columns, c => Assert.Null(c.Sentinel));
    }

    [Fact]
    public void ImplausibleValues_FarFromTheRest_AreClippedAndReported()
    {
        // Customer Personality Analysis (2,240 rows): birth years 1893, 1899, 1900 among 1950..1998 (most around 1974); an
        // income of 666,666 among incomes up to ~90,000. At most 0.5% of a column can be implausible: 3 of 1,000 here.
        var rows = Enumerable.Range(0, 1000).ToArray();
        var years = rows.Select(i => i switch { 0 => 1893.0, 1 => 1899, 2 => 1900, _ => 1950 + (i % 25) + (i / 25 % 25) }).ToArray();
        var income = rows.Select(i => i == 5 ? 666666.0 : 20000 + (i * 70)).ToArray();
        var table = Table(Num("Year_Birth", years), Num("Income", income));
        var plan = FeaturePlan.Learn(table);
        var year = plan.Implausible.Single(v => v.Column == "Year_Birth");
        Assert.Equal((3, 0), (year.Below, year.Above));
        Assert.Equal([1893.0, 1899, 1900], year.Examples);
        Assert.Equal(1950, plan.Columns[0].LowerBound);
        var inc = plan.Implausible.Single(v => v.Column == "Income");
        Assert.Equal((0, 1), (inc.Below, inc.Above));
        Assert.Equal(income.Where(v => v < 600000).Max(), plan.Columns[1].UpperBound);
        var m = plan.Transform(table);
        Assert.Equal(m[3, 1] > m[5, 1] ? m[3, 1] : m[5, 1], Column(m, 1).Max()); // 666,666 encodes as the largest plausible income
        Assert.Empty(FeaturePlan.Learn(table, new FeatureOptions { ClipImplausible = false }).Implausible);
    }

    [Fact]
    public void LongTails_AreNotImplausible()
    {
        // A log-normal-like money column and a count whose top values neighbour the rest.
        var money = Rows.Select(i => Math.Round(Math.Exp(3 + (i % 40 / 8.0)))).ToArray();
        var visits = Rows.Select(i => (double)(i % 20) + (i > 195 ? 1 : 0)).ToArray();
        Assert.Empty(FeaturePlan.Learn(Table(Num("revenue", money), Num("visits", visits))).Implausible);
    }

    [Fact]
    public void SkewedWithNegatives_GetsTheSignedLog()
    {
        var balance = Rows.Select(i => i % 10 == 0 ? -(i * 5.0) : i % 7 == 0 ? 20000 + (i * 100) : i * 3.0).ToArray();
        var table = Table(Num("balance", balance));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { ClipImplausible = false });
        var pc = plan.Columns[0];
        Assert.True(pc.SignedLog);
        Assert.False(pc.Log1p);
        Assert.Contains(plan.Decisions, d => d.StartsWith("balance: skewed (skewness", StringComparison.Ordinal) && d.EndsWith("signed log sign(x)·log1p(|x|) applied", StringComparison.Ordinal));
        var m = plan.Transform(table);
        var expected = (Math.CopySign(Math.Log(1 + Math.Abs(balance[10])), balance[10]) - pc.Center) / pc.Scale;
        Assert.Equal(expected, m[10, 0], 4);
    }

    /// <summary>A telco-like export: "No internet service" in three service columns and "No" in InternetService mark the same customers.</summary>
    internal static CustomerTable Telco()
    {
        int Internet(int i) => i % 5 == 0 ? 2 : i % 2; // 0 DSL, 1 Fiber, 2 No (20%)
        CustomerColumn Service(string name, int period) => CustomerColumn.FromCodes(name, Rows.Select(i => Internet(i) == 2 ? 2 : (i / period) % 2).ToArray(), ["No", "Yes", "No internet service"], "levels");
        return Table(
            CustomerColumn.FromCodes("InternetService", Rows.Select(Internet).ToArray(), ["DSL", "Fiber optic", "No"], "levels"),
            Service("OnlineSecurity", 3),
            Service("OnlineBackup", 4),
            Service("TechSupport", 7),
            Flag("PhoneService", Rows.Select(i => i % 10 == 3 ? 0 : 1)),
            CustomerColumn.FromCodes("MultipleLines", Rows.Select(i => i % 10 == 3 ? 2 : i % 2).ToArray(), ["No", "Yes", "No phone service"], "levels"),
            Num("tenure", Rows.Select(i => (double)(i % 70))));
    }

    [Fact]
    public void OneFactInSeveralColumns_BecomesOneIndicator_AndItsColumnsSitAtTheCentre()
    {
        var table = Telco();
        var plan = FeaturePlan.Learn(table);
        var internet = plan.Columns.Single(c => c.Kind == FeatureKind.Indicator && c.Name.StartsWith("No internet service", StringComparison.Ordinal));
        Assert.Equal("No internet service (4 columns)", internet.Name);
        Assert.Equal(["InternetService=No", "OnlineSecurity=No internet service", "OnlineBackup=No internet service", "TechSupport=No internet service"], internet.Sources.Select(s => s.ToString()));
        Assert.Equal(0.2, internet.Center, 9);
        var phone = plan.Columns.Single(c => c.Kind == FeatureKind.Indicator && c != internet);
        Assert.Equal("No phone service (2 columns)", phone.Name);
        Assert.DoesNotContain(plan.Columns, c => c.Name == "PhoneService"); // all it records is the fact
        Assert.Contains(plan.Decisions, d => d.StartsWith("Merged: 'No internet service' is one fact recorded in 4 columns", StringComparison.Ordinal));
        var security = plan.Columns.Single(c => c.Name == "OnlineSecurity");
        Assert.Equal(["No internet service"], security.NeutralLevels);
        Assert.Equal(["No", "Yes"], security.Levels);

        var m = plan.Transform(table);
        foreach (var i in Rows.Where(i => i % 5 == 0))
        {
            Assert.All(security.FeatureIndices, f => Assert.Equal(0f, m[i, f])); // the fact counts once, in the indicator
        }

        // The same encoding from a raw record (assign) and from a restored plan (a saved model).
        var copy = FeaturePlan.FromColumns(plan.Columns, plan.Decisions, plan.Options, plan.Outcomes, plan.DescribeOnly);
        Assert.Equal(m.Values.ToArray(), copy.Transform(table).Values.ToArray());
        var record = new Dictionary<string, string?> { ["InternetService"] = "No", ["OnlineSecurity"] = "No internet service", ["OnlineBackup"] = "No internet service", ["TechSupport"] = "No internet service", ["PhoneService"] = "Yes", ["MultipleLines"] = "No", ["tenure"] = "0" };
        var encoded = new float[plan.Dimension];
        plan.Encode(record, encoded);
        Assert.Equal(m.Row(0).ToArray(), encoded);
        Assert.DoesNotContain(FeaturePlan.Learn(table, new FeatureOptions { MergeRepeatedLevels = false }).Columns, c => c.Kind == FeatureKind.Indicator);
    }

    [Fact]
    public void ASentinel_AndLevelsMarkingTheSameCustomers_Merge_WithTheZeroOfACount()
    {
        // Bank Marketing: pdays = -1, previous = 0 and poutcome = unknown are one fact ("never contacted").
        var never = Rows.Select(i => i % 5 < 4).ToArray();
        var table = Table(
            Num("pdays", Rows.Select(i => never[i] ? -1.0 : 5 + (i % 90))),
            Num("previous", Rows.Select(i => never[i] ? 0.0 : 1 + (i % 4))),
            CustomerColumn.FromCodes("poutcome", Rows.Select(i => never[i] ? 0 : 1 + (i % 3)).ToArray(), ["unknown", "failure", "success", "other"], "levels"),
            Num("age", Rows.Select(i => 20.0 + (i % 50))));
        var plan = FeaturePlan.Learn(table);
        var fact = Assert.Single(plan.Columns, c => c.Kind == FeatureKind.Indicator);
        Assert.Equal("pdays = -1 (3 columns)", fact.Name);
        var pdays = plan.Columns.Single(c => c.Name == "pdays");
        Assert.Equal((-1.0, -1.0), (pdays.Sentinel, pdays.NeutralValue));
        Assert.False(pdays.MissingIndicator); // the merged indicator carries it
        Assert.Equal(0, plan.Columns.Single(c => c.Name == "previous").NeutralValue);
        Assert.Equal(["unknown"], plan.Columns.Single(c => c.Name == "poutcome").NeutralLevels);
    }

    [Fact]
    public void RareFlag_HasItsWeightCapped_SoItCannotFormAPersona()
    {
        var rows = Enumerable.Range(0, 1000).ToArray();
        // A 1% flag that is not an outcome (an outcome such as Complain is no feature at all).
        var table = Table(Flag("Premium", rows.Select(i => i % 100 == 0 ? 1 : 0)), Num("spend", rows.Select(i => (double)(i % 97))));
        var plan = FeaturePlan.Learn(table);
        var complain = plan.Columns.Single(c => c.Name == "Premium");
        Assert.Equal(Math.Sqrt(0.01 * 0.99 / (0.02 * 0.98)), complain.Weight, 9);
        Assert.Contains(plan.Decisions, d => d.StartsWith("Premium: rare flag (1.0% of customers), weight capped", StringComparison.Ordinal));
        Assert.Equal(1, FeaturePlan.Learn(table, new FeatureOptions { RareFlagShare = 0 }).Columns.Single(c => c.Name == "Premium").Weight);

        // The flag's customers sit (1 - 0.01) / sqrt(0.02 * 0.98) = 7.07 standard deviations out, as a 2% flag's would
        // (7.0), instead of (1 - 0.01) / sqrt(0.01 * 0.99) = 9.95 uncapped.
        var m = plan.Transform(table);
        Assert.Equal(0.99 / Math.Sqrt(0.02 * 0.98), Column(m, 0).Max(), 4);
    }

    [Fact]
    public void Coverage_CountsTheSourceColumnsPresent()
    {
        var plan = FeaturePlan.Learn(Telco());
        var few = Table(Num("tenure", Rows.Select(i => (double)i)));
        var coverage = plan.Coverage(few);
        Assert.Equal(["tenure"], coverage.Present);
        Assert.Equal(6, coverage.Missing.Count); // PhoneService counts through the merged "No phone service" indicator
        Assert.Contains("PhoneService", coverage.Missing);
        Assert.NotNull(coverage.Warning);
        Assert.StartsWith("only 1 of the model's 7 columns (14%) are in the data", coverage.Warning, StringComparison.Ordinal);
        Assert.Null(plan.Coverage(Telco()).Warning);
    }
}
