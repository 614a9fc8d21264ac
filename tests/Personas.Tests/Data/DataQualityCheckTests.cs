using Personas.Data;

namespace Personas.Tests.Data;

public class DataQualityCheckTests
{
    [Fact]
    public void DuplicateRows_AreCountedOncePerRepeat_IgnoringTheId()
    {
        var t = CustomerReaderTests.ReadText("id,a,b\nc1,1,x\nc2,1,x\nc3,1,x\nc4,2,x\nc5,2,y\n");
        var issue = Assert.Single(DataQualityCheck.Check(t));
        Assert.Equal(DataQualityKind.DuplicateRows, issue.Kind);
        Assert.Equal(2, issue.Count); // c2 and c3 repeat c1
        Assert.StartsWith("2 rows (40.0%) repeat another row", issue.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void NearDuplicateIds_DifferOnlyInCaseSpacesPunctuationOrLeadingZeros()
    {
        var t = CustomerReaderTests.ReadText("customer_id,a\nC-001,1\nc001,2\nC 1,3\nD7,4\n");
        var issue = Assert.Single(DataQualityCheck.Check(t));
        Assert.Equal(DataQualityKind.NearDuplicateIds, issue.Kind);
        Assert.Equal(2, issue.Count);
        Assert.Contains("'C-001' and 'c001'", issue.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void NearDuplicateIds_ExamplesAreTheFirstThreeInRowOrder_AndEveryRepeatIsCounted()
    {
        // Keys e1..e5 each appear twice (the second time spelled differently), the later pairs first in the file; an
        // exact repeat of an id is not a near-duplicate.
        var t = CustomerReaderTests.ReadText(
            "customer_id,a\nE5,1\nE4,1\nE3,1\ne-5,2\nE2,1\ne-4,2\nE1,1\ne-3,2\ne-2,2\ne-1,2\nE1,3\n",
            new CustomerReadOptions { DuplicateIds = DuplicateIdPolicy.KeepFirst });
        var issue = Assert.Single(DataQualityCheck.Check(t), i => i.Kind == DataQualityKind.NearDuplicateIds);
        Assert.Equal(5, issue.Count);
        Assert.Contains("('E5' and 'e-5', 'E4' and 'e-4', 'E3' and 'e-3')", issue.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRows_CountEqualsEveryRowSeenBefore_OnManyRepeats()
    {
        // 3,000 rows over few distinct values (missing ones included): the count is every row whose values appeared on
        // an earlier row.
        var random = new Random(7);
        var text = new System.Text.StringBuilder("id,a,b,c\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var expected = 0;
        for (var i = 0; i < 3_000; i++)
        {
            var a = random.Next(6) is var x && x == 0 ? "" : x.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var b = random.Next(5) * 0.5;
            var c = "xyz"[random.Next(3)];
            var row = $"{a},{b.ToString(System.Globalization.CultureInfo.InvariantCulture)},{c}";
            expected += seen.Add(row) ? 0 : 1;
            text.Append("r").Append(i).Append(',').Append(row).Append('\n');
        }

        var issue = Assert.Single(DataQualityCheck.Check(CustomerReaderTests.ReadText(text.ToString())));
        Assert.Equal(DataQualityKind.DuplicateRows, issue.Kind);
        Assert.Equal(expected, issue.Count);
    }

    [Fact]
    public void CleanTable_HasNoFindings()
    {
        Assert.Empty(DataQualityCheck.Check(CustomerReaderTests.ReadText("id,a\nc1,1\nc2,2\n")));
    }
}
