using Personas.Data;
using Personas.Features;

namespace Personas.Tests.Features;

/// <summary>Outcome columns are profiled as KPIs, not clustered on (issue 14, docs/columns.md "Outcome columns").</summary>
public class OutcomeDetectionTests
{
    internal static CustomerTable Table(params CustomerColumn[] columns) => FeaturePlanTests.Table(columns);

    internal static CustomerColumn Num(string name, IEnumerable<double> values) => CustomerColumn.FromNumbers(name, ColumnRole.Numeric, values.Select(v => (float)v).ToArray(), "numbers");

    internal static CustomerColumn Flag(string name, IEnumerable<int> values) => CustomerColumn.FromNumbers(name, ColumnRole.Boolean, values.Select(v => (float)v).ToArray(), "boolean");

    private static readonly int[] Rows = Enumerable.Range(0, 60).ToArray();

    [Theory]
    [InlineData("Response")]
    [InlineData("AcceptedCmp3")]
    [InlineData("Churn")]
    [InlineData("churned")]
    [InlineData("y")]
    [InlineData("Revenue")]
    [InlineData("converted")]
    [InlineData("conversion")]
    [InlineData("purchased")]
    [InlineData("target")]
    [InlineData("label")]
    [InlineData("outcome")]
    [InlineData("Complain")]
    [InlineData("Exited")]
    [InlineData("Attrition")]
    [InlineData("default")]
    public void YesNoColumn_NamedLikeAnOutcome_IsNotAFeature(string name)
    {
        var table = Table(Num("spend", Rows.Select(i => (double)i)), Flag(name, Rows.Select(i => i % 3 == 0 ? 1 : 0)));
        var plan = FeaturePlan.Learn(table);
        Assert.Equal(["spend"], plan.FeatureNames);
        var outcome = Assert.Single(plan.Outcomes);
        Assert.Equal(name, outcome.Name);
        Assert.True(outcome.IsBinary);
        Assert.Equal("yes", outcome.PositiveLevel);
        Assert.Contains(plan.Decisions, d => d.StartsWith(name + ": outcome, not a feature: a yes/no column named like an outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void NumericRevenue_IsMoneyNotAnOutcome_AndYWithinANameIsNot()
    {
        var table = Table(Num("revenue", Rows.Select(i => i * 10.0)), Flag("yearly", Rows.Select(i => i % 2)), Flag("Weekend", Rows.Select(i => i % 3 == 0 ? 1 : 0)));
        var plan = FeaturePlan.Learn(table);
        Assert.Empty(plan.Outcomes);
        Assert.Equal(["revenue", "yearly", "Weekend"], plan.FeatureNames);
    }

    [Fact]
    public void TwoLevelText_CountsTheLevelThatReadsLikeYes()
    {
        var attrition = CustomerColumn.FromCodes("Attrition_Flag", Rows.Select(i => i % 4 == 0 ? 1 : 0).ToArray(), ["Existing Customer", "Attrited Customer"], "levels");
        var plan = FeaturePlan.Learn(Table(Num("spend", Rows.Select(i => (double)i)), attrition));
        Assert.Equal("Attrited Customer", Assert.Single(plan.Outcomes).PositiveLevel);
    }

    [Fact]
    public void CallDuration_IsKnownOnlyAfterTheOutcome_OnlyWhenThereIsOne()
    {
        var duration = Num("duration", Rows.Select(i => 100.0 + i));
        var pageDuration = Num("Administrative_Duration", Rows.Select(i => 10.0 + i));
        var withOutcome = FeaturePlan.Learn(Table(duration, pageDuration, Flag("y", Rows.Select(i => i % 2))));
        var leak = withOutcome.Outcomes.Single(o => o.Name == "duration");
        Assert.True(leak.IsLeakage);
        Assert.False(leak.IsBinary);
        Assert.Equal(["Administrative_Duration"], withOutcome.FeatureNames);

        var without = FeaturePlan.Learn(Table(duration, pageDuration));
        Assert.Empty(without.Outcomes);
        Assert.Equal(["duration", "Administrative_Duration"], without.FeatureNames);
    }

    [Fact]
    public void Options_AddOutcomes_ForceFeatures_AndTurnDetectionOff()
    {
        var table = Table(Num("spend", Rows.Select(i => (double)i)), Num("visits", Rows.Select(i => (double)(i % 7))), Flag("Churn", Rows.Select(i => i % 2)));
        Assert.Equal(["Churn", "visits"], FeaturePlan.Learn(table, new FeatureOptions { Outcomes = ["visits"] }).Outcomes.Select(o => o.Name).Order());
        var forced = FeaturePlan.Learn(table, new FeatureOptions { ForcedFeatures = ["Churn"] });
        Assert.Empty(forced.Outcomes);
        Assert.Contains("Churn", forced.FeatureNames);
        Assert.Contains(forced.Decisions, d => d.StartsWith("Churn: looks like an outcome", StringComparison.Ordinal));
        Assert.Empty(FeaturePlan.Learn(table, new FeatureOptions { DetectOutcomes = false }).Outcomes);
    }

    [Fact]
    public void Options_NamingAnUnknownColumnOrOneColumnTwice_AreOptionErrors()
    {
        var table = Table(Num("spend", Rows.Select(i => (double)i)), Flag("Churn", Rows.Select(i => i % 2)));
        var unknown = Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(table, new FeatureOptions { Outcomes = ["nope"] }));
        Assert.Equal("FeatureOptions.Outcomes", unknown.ParamName);
        Assert.Equal("FeatureOptions.ForcedFeatures", Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(table, new FeatureOptions { Outcomes = ["spend"], ForcedFeatures = ["spend"] })).ParamName);
        Assert.Equal("FeatureOptions.DescribeOnly", Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(table, new FeatureOptions { Outcomes = ["spend"], DescribeOnly = ["spend"] })).ParamName);
        var levels = CustomerColumn.FromCodes("tier", Rows.Select(i => i % 3).ToArray(), ["a", "b", "c"], "levels");
        Assert.Contains("a yes/no, two-level or numeric column", Assert.Throws<OptionValueException>(() => FeaturePlan.Learn(Table(Num("spend", Rows.Select(i => (double)i)), levels), new FeatureOptions { Outcomes = ["tier"] })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeOnly_IsNotAFeature_AndIsReported()
    {
        var table = Table(Num("spend", Rows.Select(i => (double)i)), Num("age", Rows.Select(i => 20.0 + (i % 40))));
        var plan = FeaturePlan.Learn(table, new FeatureOptions { DescribeOnly = ["age"] });
        Assert.Equal(["spend"], plan.FeatureNames);
        Assert.Equal(["age"], plan.DescribeOnly);
        Assert.Contains("age: describe-only (set in the options): not a feature, still profiled on the cards", plan.Decisions);
    }
}
