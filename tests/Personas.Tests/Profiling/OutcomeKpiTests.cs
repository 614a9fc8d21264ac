using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Reporting;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

/// <summary>Outcome columns as KPIs on every card (issue 14, docs/columns.md "Outcome columns").</summary>
public class OutcomeKpiTests
{
    // 100 customers: P1 = the first 60 (30 churned, charges 10 each, calls 100..109), P2 = the other 40 (4 churned, charges 100, calls 200..209).
    private static readonly int[] Labels = Enumerable.Range(0, 100).Select(i => i < 60 ? 0 : 1).ToArray();

    private static CustomerTable Data() => Table(
        CustomerColumn.FromNumbers("churn", ColumnRole.Boolean, Enumerable.Range(0, 100).Select(i => i < 60 ? (i % 2 == 0 ? 1f : 0f) : (i < 64 ? 1f : 0f)).ToArray(), "boolean"),
        Numeric("charges", Labels.Select(l => l == 0 ? 10.0 : 100.0)),
        Numeric("duration", Enumerable.Range(0, 100).Select(i => (i < 60 ? 100.0 : 200.0) + (i % 10))),
        Numeric("tenure", Enumerable.Range(0, 100).Select(i => (i < 60 ? 5.0 : 40.0) + (i % 7))));

    private static readonly OutcomeColumn[] Outcomes =
    [
        new() { Name = "churn", IsBinary = true, PositiveLevel = "yes", Reason = "a yes/no column named like an outcome ('churn')" },
        new() { Name = "duration", IsBinary = false, IsLeakage = true, Reason = "known only after the outcome" },
    ];

    private static PersonaSet Profile(ProfilingOptions? o = null) =>
        Profiler.Profile(Data(), Labels, 2, (o ?? new ProfilingOptions()) with { Outcomes = Outcomes, ValueColumn = "charges" });

    [Fact]
    public void ARate_IsComparedWithTheRest_WithItsInterval_Test_AndShares()
    {
        var set = Profile();
        var p1 = Assert.Single(set["P1"].Outcomes, k => k.Outcome == "churn");
        Assert.True(p1.IsRate);
        Assert.Equal(0.5, p1.PersonaValue, 12);
        Assert.Equal(0.1, p1.RestValue, 12);
        Assert.Equal(5, p1.Lift!.Value, 12);
        Assert.Equal(0.37735, p1.CiLow, 5); // Wilson 95% for 30 of 60
        Assert.Equal(0.62265, p1.CiHigh, 5);
        Assert.True(p1.PValue < 0.001);
        Assert.True(p1.QValue >= p1.PValue);
        Assert.Equal(30.0 / 34, p1.ShareOfOutcome!.Value, 12); // of all churners
        Assert.Equal(300.0 / 700, p1.ShareOfValue!.Value, 12); // of the churners' charges: 30 x 10 against 4 x 100
        Assert.Equal((60, 40), (p1.PersonaCount, p1.RestCount));

        var summary = Assert.Single(set.Outcomes, o => o.Outcome == "churn");
        Assert.Equal(0.34, summary.Overall, 12);
        Assert.DoesNotContain(set["P1"].Comparisons, t => t.Feature is "churn" or "duration"); // outcomes are not traits
    }

    [Fact]
    public void AColumnKnownOnlyAfterTheOutcome_IsAMean_MarkedAsSuch()
    {
        var p2 = Assert.Single(Profile()["P2"].Outcomes, k => k.Outcome == "duration");
        Assert.False(p2.IsRate);
        Assert.True(p2.IsLeakage);
        Assert.Equal(204.5, p2.PersonaValue, 9);
        Assert.Equal(104.5, p2.RestValue, 9);
        Assert.True(p2.CiLow < 204.5 && p2.CiHigh > 204.5);
        Assert.Equal(40 * 204.5 / ((40 * 204.5) + (60 * 104.5)), p2.ShareOfOutcome!.Value, 9);
        Assert.Null(p2.ShareOfValue);
    }

    [Fact]
    public void APersonaTooSmallToDescribe_HasNoKpis()
    {
        var set = Profile(new ProfilingOptions { MinPersonaSize = 50 });
        Assert.NotEmpty(set["P1"].Outcomes);
        Assert.Empty(set["P2"].Outcomes);
    }

    [Fact]
    public void TheCards_ShowEachOutcome_InTheSummaryAndInAnOutcomesTable()
    {
        var set = Profile();
        var md = CardRenderer.ToMarkdown(set, ReportFixtures.Info(set));
        Assert.Contains("| Persona | Name | Customers | Share | Value share | churn |", md, StringComparison.Ordinal);
        Assert.Contains("| churn | 50% [37.7% to 62.3%] | 10% | 5.0x |", md, StringComparison.Ordinal);
        Assert.Contains("| 88.2% | 42.9% |", md, StringComparison.Ordinal); // share of all churners, of their charges
        Assert.Contains("| duration (known only after the outcome) | 205 [", md, StringComparison.Ordinal);
        var html = CardRenderer.ToHtml(set, ReportFixtures.Info(set));
        Assert.Contains("<h3>Outcomes</h3>", html, StringComparison.Ordinal);
    }
}
