using Personas.Data;

namespace Personas.Tests.Data;

/// <summary>Integer codes are categories (issue 14, docs/columns.md "Codes are categories").</summary>
public class CodeColumnTests
{
    private static CustomerTable Read(string text, CustomerReadOptions? o = null) => CustomerReaderTests.ReadText(text, o);

    private static string Csv(string header, Func<int, string> row) => header + "\n" + string.Join("\n", Enumerable.Range(0, 40).Select(row)) + "\n";

    [Theory]
    [InlineData("Region")]
    [InlineData("Browser")]
    [InlineData("OperatingSystems")]
    [InlineData("TrafficType")]
    [InlineData("product_category")]
    [InlineData("customer_segment")]
    [InlineData("zip")]
    [InlineData("store_code")]
    [InlineData("plan_type")]
    public void IntegerColumn_NamedLikeACode_IsCategorical_WithTheReason(string name)
    {
        var t = Read(Csv("id," + name + ",spend", i => $"c{i},{1 + (i % 7)},{i * 3}"));
        Assert.Equal(ColumnRole.Categorical, t[name].Role);
        Assert.StartsWith("categorical: 7 distinct integers in a column whose name says code", t[name].Reason, StringComparison.Ordinal);
        Assert.Contains("set its role to Numeric", t[name].Reason, StringComparison.Ordinal);
        Assert.Equal(7, t[name].Levels.Count);
        Assert.Equal(ColumnRole.Numeric, t["spend"].Role);
    }

    [Fact]
    public void IntegerColumns_NotNamedLikeCodes_StayNumeric()
    {
        var t = Read(Csv("id,Kidhome,NumWebPurchases,days", i => $"c{i},{i % 3},{i % 9},{i}"));
        Assert.All(new[] { "Kidhome", "NumWebPurchases", "days" }, c => Assert.Equal(ColumnRole.Numeric, t[c].Role));
    }

    [Fact]
    public void CodeColumn_WithManyValues_StaysNumeric()
    {
        var t = Read("id,region\n" + string.Join("\n", Enumerable.Range(0, 120).Select(i => $"c{i},{i}")) + "\n");
        Assert.Equal(ColumnRole.Numeric, t["region"].Role);
    }

    [Fact]
    public void LeadingZeros_MakeIntegersCodes()
    {
        var t = Read(Csv("id,branch,spend", i => $"c{i},{(i % 5 + 1):000},{i}"));
        Assert.Equal(ColumnRole.Categorical, t["branch"].Role);
        Assert.Contains("leading zeros", t["branch"].Reason, StringComparison.Ordinal);
        Assert.Contains("001", t["branch"].Levels);
    }

    [Fact]
    public void NumericRole_InTheOptions_KeepsACodeNamedColumnNumeric()
    {
        var t = Read(Csv("id,Region", i => $"c{i},{1 + (i % 7)}"), new CustomerReadOptions { Roles = new Dictionary<string, ColumnRole> { ["Region"] = ColumnRole.Numeric } });
        Assert.Equal(ColumnRole.Numeric, t["Region"].Role);
        Assert.Equal("numeric (role set by the options)", t["Region"].Reason);
    }
}
