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
    public void CleanTable_HasNoFindings()
    {
        Assert.Empty(DataQualityCheck.Check(CustomerReaderTests.ReadText("id,a\nc1,1\nc2,2\n")));
    }
}
