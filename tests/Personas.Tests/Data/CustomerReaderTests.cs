using Personas.Data;

namespace Personas.Tests.Data;

public class CustomerReaderTests
{
    internal static CustomerTable ReadText(string text, CustomerReadOptions? options = null) =>
        CustomerReader.Read(new StringReader(text), "t.csv", options);

    [Fact]
    public void Read_InfersRolesWithReasons()
    {
        var t = ReadText(
            "CustomerID,Age,Gender,Member,Joined,Comment,Const\n" +
            "c1,30,F,yes,04-09-2012,a long comment that says nothing at all really,3\n" +
            "c2,41,M,no,18-03-2013,another long comment about the shop and its staff,3\n" +
            "c3,,F,yes,29-06-2014,the third long comment from the third customer here,3\n");
        Assert.Equal("CustomerID", t.IdColumn);
        Assert.Equal(["c1", "c2", "c3"], t.Ids);
        Assert.Equal(ColumnRole.Numeric, t["Age"].Role);
        Assert.Contains("1 missing", t["Age"].Reason, StringComparison.Ordinal);
        Assert.True(float.IsNaN(t["Age"].Numbers.Span[2]));
        Assert.Equal(ColumnRole.Categorical, t["Gender"].Role);
        Assert.Equal(["F", "M"], t["Gender"].Levels);
        Assert.Equal([0, 1, 0], t["Gender"].Codes.ToArray());
        Assert.Equal(ColumnRole.Boolean, t["Member"].Role);
        Assert.Equal([1f, 0f, 1f], t["Member"].Numbers.ToArray());
        Assert.Equal(ColumnRole.Date, t["Joined"].Role);
        Assert.Equal("date (dd-mm-yyyy), used as days since 2014-06-29 (the latest date)", t["Joined"].Reason);
        Assert.Equal(0f, t["Joined"].Numbers.Span[2]);
        Assert.Equal(663f, t["Joined"].Numbers.Span[0]); // 2012-09-04 .. 2014-06-29 = 663 days
        Assert.Equal(ColumnRole.Text, t["Comment"].Role);
        Assert.Equal(ColumnRole.Constant, t["Const"].Role);
        Assert.Equal(3, t.RowsRead);
        Assert.Equal(3, t.Lines.Count);
        Assert.Equal([2L, 3L, 4L], t.Lines);
    }

    [Fact]
    public void Read_GivesEveryCellItsParsedValue_InvariantCulture()
    {
        var t = ReadText("a;b\n1.5;-2e3\n0.25;7\n");
        Assert.Equal([1.5f, 0.25f], t["a"].Numbers.ToArray());
        Assert.Equal([-2000f, 7f], t["b"].Numbers.ToArray());
        Assert.Null(t.IdColumn);
        Assert.Equal(["1", "2"], t.Ids);
    }
}
