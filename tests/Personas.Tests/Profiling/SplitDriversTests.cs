using Personas.Data;
using Personas.Profiling;
using static Personas.Tests.Features.OutcomeDetectionTests;

namespace Personas.Tests.Profiling;

/// <summary>A column that alone explains most of the split is named in a warning (issue 14, docs/columns.md "One column drives the split").</summary>
public class SplitDriversTests
{
    // 200 customers in 4 personas of 50; gender per persona: all F, all F, all M, then the mixed persona with 'mixedF' women.
    private static (CustomerTable Table, int[] Labels) Data(int mixedF, int pureCount = 3)
    {
        var labels = Enumerable.Range(0, 200).Select(i => i / 50).ToArray();
        var gender = labels.Select((l, i) => l switch
        {
            0 or 1 when l < pureCount => 0,
            2 when pureCount > 2 => 1,
            _ => i % 50 < mixedF ? 0 : 1,
        }).ToArray();
        var table = Table(CustomerColumn.FromCodes("gender", gender, ["F", "M"], "levels"), Flag("member", labels.Select(l => l % 2)), Num("spend", labels.Select(l => l * 10.0)));
        return (table, labels);
    }

    [Fact]
    public void PersonasThatAreEachOneGender_ForMostCustomers_NameTheColumn()
    {
        var (table, labels) = Data(mixedF: 10);
        var warning = Assert.Single(SplitDrivers.Find(table, labels, 4, ["gender"]));
        Assert.Equal("'gender' alone drives the split: 3 of 4 personas (75% of customers) are at least 95% one value of it, although overall 'F' holds 55%. These personas may mostly restate 'gender'; if it should not define them, keep it on the cards only (DescribeOnly, --describe-only gender).", warning);
    }

    [Fact]
    public void AYesNoColumnStoredAsNumbers_IsCheckedToo()
    {
        var (table, labels) = Data(mixedF: 10);
        Assert.Contains(SplitDrivers.Find(table, labels, 4, ["member"]), w => w.StartsWith("'member' alone drives the split: 4 of 4 personas (100%", StringComparison.Ordinal));
    }

    [Fact]
    public void FewerPureCustomers_OrOnePureValue_OrANearlyConstantColumn_GiveNoWarning()
    {
        // Two pure personas (50%) are not most of the split.
        var (table, labels) = Data(mixedF: 25, pureCount: 2);
        Assert.Empty(SplitDrivers.Find(table, labels, 4, ["gender"]));

        // Pure personas that are all one value do not separate personas by it (the others are mixed).
        var same = Enumerable.Range(0, 200).Select(i => i < 150 ? (i % 50 < 2 ? 1 : 0) : i % 2).ToArray(); // 96% F in three personas, 84.5% overall
        var t2 = Table(CustomerColumn.FromCodes("gender", same, ["F", "M"], "levels"), Num("spend", labels.Select(l => l * 10.0)));
        Assert.Empty(SplitDrivers.Find(t2, labels, 4, ["gender"]));

        // A column whose most common value holds over 85% explains nothing.
        var rare = Enumerable.Range(0, 200).Select(i => i < 180 ? 0 : 1).ToArray();
        var t3 = Table(CustomerColumn.FromCodes("gender", rare, ["F", "M"], "levels"), Num("spend", labels.Select(l => l * 10.0)));
        Assert.Empty(SplitDrivers.Find(t3, labels, 4, ["gender"]));
        Assert.Empty(SplitDrivers.Find(table, labels, 4, ["spend"])); // numeric columns are not checked
    }
}
