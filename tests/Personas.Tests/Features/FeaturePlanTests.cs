using Personas.Data;
using Personas.Features;

namespace Personas.Tests.Features;

public class FeaturePlanTests
{
    internal static CustomerTable Table(params CustomerColumn[] columns)
    {
        var n = columns[0].Length;
        return new CustomerTable("test.csv", "Id", Enumerable.Range(1, n).Select(i => "c" + i).ToArray(), Enumerable.Range(2, n).Select(i => (long)i).ToArray(), columns, []);
    }

    private static CustomerColumn Num(string name, params float[] values) => CustomerColumn.FromNumbers(name, ColumnRole.Numeric, values, "numbers");

    private static CustomerColumn Cat(string name, string[] levels, params int[] codes) => CustomerColumn.FromCodes(name, codes, levels, "levels");

    private static double[] Column(FeatureMatrix m, int c) => Enumerable.Range(0, m.Rows).Select(i => (double)m[i, c]).ToArray();

    private static double Variance(double[] v) => v.Select(x => (x - v.Average()) * (x - v.Average())).Average();

    [Fact]
    public void Learn_ZScore_GivesMeanZeroAndPopulationSdOne()
    {
        // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population sd 2, so 2 -> -1.5 and 9 -> 2
        var table = Table(Num("Spend", 2, 4, 4, 4, 5, 5, 7, 9));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false });
        var m = plan.Transform(table);
        Assert.Equal(5, plan.Columns[0].Center, 12);
        Assert.Equal(2, plan.Columns[0].Scale, 12);
        Assert.Equal(-1.5f, m[0, 0]);
        Assert.Equal(2f, m[7, 0]);
    }

    [Fact]
    public void Learn_Robust_UsesMedianAndInterquartileRange()
    {
        // 1, 2, 3, 4, 100: median 3, q25 = 2, q75 = 4 (linear interpolation), IQR 2: 100 -> 48.5
        var table = Table(Num("Spend", 1, 2, 3, 4, 100));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false, Scaling = ScalingMethod.Robust });
        Assert.Equal(3, plan.Columns[0].Center, 12);
        Assert.Equal(2, plan.Columns[0].Scale, 12);
        Assert.Equal(48.5f, plan.Transform(table)[4, 0]);
    }

    [Fact]
    public void Learn_NoScaling_KeepsValues()
    {
        var table = Table(Num("Income", 15, 16, 17));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { Scaling = ScalingMethod.None });
        Assert.Equal([15f, 16, 17], plan.Transform(table).Values.ToArray());
    }

    [Fact]
    public void Learn_FewMissing_ImputesMedianWithoutIndicator_AndReportsIt()
    {
        // 1 of 25 missing (4% <= 5%): median of 1..24 is 12.5
        var values = Enumerable.Range(1, 24).Select(i => (float)i).Append(float.NaN).ToArray();
        var table = Table(Num("Income", values));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false, Scaling = ScalingMethod.None });
        Assert.Equal(1, plan.Dimension);
        Assert.Equal(12.5, plan.Columns[0].ImputeValue);
        Assert.Equal(12.5f, plan.Transform(table)[24, 0]);
        Assert.Contains("Income: 1 missing (4.0%), imputed with median 12.5", plan.Decisions);
    }

    [Fact]
    public void Learn_ManyMissing_AddsMissingIndicatorFeature()
    {
        // 2 of 10 missing (20% > 5%): indicator share 0.2, sd 0.4, so missing -> (1 - 0.2)/0.4 = 2, present -> -0.5
        var table = Table(Num("Income", 1, 2, float.NaN, 4, 5, 6, float.NaN, 8, 9, 10));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false });
        Assert.Equal(["Income", "Income (missing)"], plan.FeatureNames);
        var m = plan.Transform(table);
        Assert.Equal(2f, m[2, 1], 5);
        Assert.Equal(-0.5f, m[0, 1], 5);
        Assert.Contains(plan.Decisions, d => d.StartsWith("Income: 2 missing (20.0%), imputed with median 5.5, plus a missing-indicator feature", StringComparison.Ordinal));
    }

    [Fact]
    public void Learn_CategoricalMissing_BecomesMissingLevel()
    {
        var table = Table(Cat("Region", ["North", "South"], 0, 1, -1, 0));
        var plan = FeaturePlan.Learn(table);
        Assert.Equal(["North", "South", "(missing)"], plan.Columns[0].Levels);
        Assert.Equal(["Region=North", "Region=South", "Region=(missing)"], plan.FeatureNames);
        Assert.Contains("Region: 1 missing (25.0%), encoded as level '(missing)'", plan.Decisions);
    }

    [Fact]
    public void Learn_CategoricalBlock_HasTotalVarianceOne_LikeOneNumericColumn()
    {
        // shares 0.5, 0.3, 0.2: scale sqrt(0.25 + 0.21 + 0.16) = sqrt(0.62); level A -> (1 - 0.5)/sqrt(0.62) = 0.635001
        int[] codes = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2];
        var table = Table(Cat("Tier", ["A", "B", "C"], codes), Num("Spend", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false });
        var m = plan.Transform(table);
        Assert.Equal(0.635001, m[0, 0], 5);
        var blockVariance = Enumerable.Range(0, 3).Sum(c => Variance(Column(m, c)));
        Assert.Equal(1.0, blockVariance, 5);
        Assert.Equal(1.0, Variance(Column(m, 3)), 5);
    }

    [Fact]
    public void Learn_Weights_MultiplyTheColumnsFeatures()
    {
        var table = Table(Num("A", 1, 2, 3, 4), Cat("B", ["x", "y"], 0, 1, 0, 1));
        var plain = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false }).Transform(table);
        var plan = FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false, Weights = new Dictionary<string, double> { ["A"] = 2, ["B"] = 0.5 } });
        var weighted = plan.Transform(table);
        Assert.Equal(2 * plain[3, 0], weighted[3, 0], 5);
        Assert.Equal(0.5 * plain[3, 1], weighted[3, 1], 5);
        Assert.Contains("A: weight 2", plan.Decisions);
        var unknown = Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(table, new FeatureOptions { Weights = new Dictionary<string, double> { ["Nope"] = 1 } }));
        Assert.Equal("FeatureOptions.Weights", unknown.ParamName);
        Assert.Contains("a column of test.csv (A, B)", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("FeatureOptions.Weights", Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(table, new FeatureOptions { Weights = new Dictionary<string, double> { ["A"] = -1 } })).ParamName);
    }

    [Fact]
    public void Learn_RightSkewedMoney_AppliesLog1p_AndReportsSkewness()
    {
        float[] spend = [0, 1, 1, 2, 2, 3, 5, 8, 40, 400];
        var table = Table(Num("MntWines", spend), Num("Age", 30, 31, 32, 33, 34, 35, 36, 37, 38, 39));
        var plan = FeaturePlan.Learn(table);
        Assert.True(plan.Columns[0].Log1p);
        Assert.False(plan.Columns[1].Log1p);
        Assert.Contains(plan.Decisions, d => d.StartsWith("MntWines: right-skewed (skewness 2.6", StringComparison.Ordinal) && d.EndsWith("log1p applied", StringComparison.Ordinal));
        Assert.False(FeaturePlan.Learn(table, new FeatureOptions { AutoLog = false }).Columns[0].Log1p);
    }

    [Fact]
    public void Learn_ConstantColumns_AreDroppedAndReported_AndNonFeatureRolesSkipped()
    {
        var table = Table(
            Num("Flat", 3, 3, 3),
            Cat("One", ["only"], 0, 0, 0),
            CustomerColumn.FromNumbers("Notes", ColumnRole.Text, [1, 2, 3], "text"),
            Num("Spend", 1, 2, 3));
        var plan = FeaturePlan.Learn(table);
        Assert.Equal(["Spend"], plan.FeatureNames);
        Assert.Contains("Flat: constant (zero variance), dropped", plan.Decisions);
        Assert.Contains("One: a single value 'only', constant, dropped", plan.Decisions);
        Assert.Contains("Notes: role Text, not a feature", plan.Decisions);
    }

    [Fact]
    public void Learn_NoUsableColumn_ThrowsPersonasDataException()
    {
        var table = Table(Num("Flat", 3, 3, 3));
        Assert.Throws<PersonasDataException>(() => FeaturePlan.Learn(table));
    }

    [Fact]
    public void Transform_LaterTable_KeepsLayout_UnseenLevelAllZero_MissingColumnImputed()
    {
        var train = Table(Num("Income", 10, 20, 30, 40), Cat("Region", ["N", "S"], 0, 1, 0, 1));
        var plan = FeaturePlan.Learn(train, new FeatureOptions { AutoLog = false });
        var later = Table(Cat("Region", ["W", "S"], 0, 1)); // no Income column; level W never seen
        var m = plan.Transform(later);
        Assert.Equal(plan.Dimension, m.Columns);
        Assert.Equal(0f, m[0, 0], 5); // median 25 = mean 25 -> 0
        Assert.Equal((float)((0 - 0.5) / Math.Sqrt(0.5)), m[0, 1], 5); // unseen W: both indicators 0
        Assert.Equal((float)((0 - 0.5) / Math.Sqrt(0.5)), m[0, 2], 5);
        Assert.Equal((float)((1 - 0.5) / Math.Sqrt(0.5)), m[1, 2], 5); // S matched by name, not by code
    }

    [Fact]
    public void Transform_ColumnOfOtherKind_ThrowsPersonasDataException()
    {
        var plan = FeaturePlan.Learn(Table(Num("Income", 1, 2, 3)));
        var e = Assert.Throws<PersonasDataException>(() => plan.Transform(Table(Cat("Income", ["a", "b"], 0, 1))));
        Assert.Equal("Income", e.Column);
    }

    [Fact]
    public void Encode_RecordEqualsTransformRow()
    {
        var table = Table(
            Num("Income", 10, float.NaN, 30, 45, 80, 20),
            CustomerColumn.FromNumbers("Member", ColumnRole.Boolean, [1, 0, 1, 1, 0, 0], "0/1"),
            Cat("Region", ["N", "S", "E"], 0, 1, 2, -1, 0, 1));
        var plan = FeaturePlan.Learn(table);
        var m = plan.Transform(table);
        var records = new[]
        {
            new Dictionary<string, string?> { ["Income"] = "10", ["Member"] = "true", ["Region"] = "N" },
            new Dictionary<string, string?> { ["Income"] = "", ["Member"] = "0", ["Region"] = "S" },
            new Dictionary<string, string?> { ["Income"] = "30.0", ["Member"] = "1", ["Region"] = "E" },
            new Dictionary<string, string?> { ["Income"] = "4.5e1", ["Member"] = "yes", ["Region"] = null },
        };
        var buffer = new float[plan.Dimension];
        for (var i = 0; i < records.Length; i++)
        {
            plan.Encode(records[i], buffer);
            Assert.Equal(m.Row(i).ToArray(), buffer);
        }
    }

    [Fact]
    public void Encode_BadInput_Throws()
    {
        var plan = FeaturePlan.Learn(Table(Num("Income", 1, 2, 3)));
        var e = Assert.Throws<PersonasDataException>(() => plan.Encode(new Dictionary<string, string?> { ["Income"] = "abc" }, new float[1]));
        Assert.Equal("abc", e.Found);
        Assert.Equal("Income", e.Column);
        Assert.Throws<ArgumentException>(() => plan.Encode(new Dictionary<string, string?>(), new float[2]));
    }

    [Fact]
    public void Learn_ColumnsAndExclude_SelectSourceColumns()
    {
        var table = Table(Num("A", 1, 2, 3), Num("B", 3, 1, 2), Num("C", 5, 6, 9));
        Assert.Equal(["A", "C"], FeaturePlan.Learn(table, new FeatureOptions { Exclude = ["B"] }).FeatureNames);
        Assert.Equal(["B"], FeaturePlan.Learn(table, new FeatureOptions { Columns = ["B"] }).FeatureNames);
    }

    [Fact]
    public void FromColumns_RebuildsAPlanThatEncodesIdentically()
    {
        var table = Table(Num("Income", 10, float.NaN, 30, 45, 80, 20), Cat("Region", ["N", "S"], 0, 1, -1, 0, 1, 1));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { MissingIndicatorThreshold = 0.1 });
        var copy = FeaturePlan.FromColumns(plan.Columns.Select(c => c with { }).ToArray(), plan.Decisions, plan.Options);
        Assert.Equal(plan.Transform(table).Values.ToArray(), copy.Transform(table).Values.ToArray());
        Assert.Equal(plan.FeatureNames, copy.FeatureNames);
        Assert.Throws<ArgumentException>(() => FeaturePlan.FromColumns([plan.Columns[1]], []));
    }

    [Fact]
    public void Decisions_UseInvariantCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var values = Enumerable.Range(1, 24).Select(i => (float)i).Append(float.NaN).ToArray();
            var plan = FeaturePlan.Learn(Table(Num("Income", values), Num("MntWines", 0, 1, 1, 2, 2, 3, 5, 8, 40, 400, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
            Assert.Contains("Income: 1 missing (4.0%), imputed with median 12.5", plan.Decisions);
            Assert.Contains(plan.Decisions, d => d.StartsWith("MntWines: right-skewed (skewness ", StringComparison.Ordinal) && d.Contains('.', StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
