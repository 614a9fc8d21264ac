using Personas.Data.Parsing;

namespace Personas.Tests.Data;

public class ParsingTests
{
    [Theory]
    [InlineData("42", 42.0)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+0.001", 0.001)]
    [InlineData(" 7.5E-05 ", 7.5e-05)]
    [InlineData("17850.0", 17850.0)]
    [InlineData("0001", 1.0)]
    [InlineData("123456789012345678901234", 1.2345678901234568E+23)]
    [InlineData("3.14159265358979323846", 3.141592653589793)]
    public void Parse_InvariantNumbers_MatchDoubleParse(string text, double expected)
    {
        Assert.Equal(CellKind.Number, NumberParser.Parse(text, false, out var v));
        Assert.Equal(expected, v);
    }

    [Fact]
    public void Parse_FastPath_AgreesWithDoubleParse_OnManyValues()
    {
        var rng = new Random(7);
        for (var i = 0; i < 20000; i++)
        {
            var d = Math.Round((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-8, 12)), rng.Next(0, 10));
            var s = d.ToString(i % 3 == 0 ? "E6" : "R", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(CellKind.Number, NumberParser.Parse(s, false, out var v));
            Assert.Equal(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture), v);
        }
    }

    [Theory]
    [InlineData("", "Missing")]
    [InlineData("   ", "Missing")]
    [InlineData("NA", "Missing")]
    [InlineData("n/a", "Missing")]
    [InlineData("NaN", "Missing")]
    [InlineData("null", "Missing")]
    [InlineData("?", "Missing")]
    [InlineData("Infinity", "NonFinite")]
    [InlineData("-Infinity", "NonFinite")]
    [InlineData("1e400", "NonFinite")]
    [InlineData("4e38", "NonFinite")]
    [InlineData("1,234", "Text")]
    [InlineData("12abc", "Text")]
    [InlineData("1e", "Text")]
    [InlineData("--1", "Text")]
    public void Parse_ClassifiesCells(string text, string expected) => Assert.Equal(expected, NumberParser.Parse(text, false, out _).ToString());

    [Theory]
    [InlineData("1 234,50", 1234.5)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("-0,25", -0.25)]
    [InlineData("7", 7.0)]
    public void Parse_DecimalComma(string text, double expected)
    {
        Assert.Equal(CellKind.Number, NumberParser.Parse(text, true, out var v));
        Assert.Equal(expected, v);
    }

    [Fact]
    public void Parse_DecimalComma_RejectsDot() => Assert.Equal(CellKind.Text, NumberParser.Parse("1.5", true, out _));

    [Theory]
    [InlineData("2014-06-29", true, 2014, 6, 29)]
    [InlineData("2010-12-01 08:26:00", true, 2010, 12, 1)]
    [InlineData("2011-10-18T14:03:42.123+02:00", true, 2011, 10, 18)]
    [InlineData("04-09-2012", false, 4, 9, 2012)]
    [InlineData("9/4/2012", false, 9, 4, 2012)]
    [InlineData("31.12.1999 23:59", false, 31, 12, 1999)]
    public void TrySplit_ReadsDateParts(string text, bool yearFirst, int a, int b, int c)
    {
        Assert.True(DateParser.TrySplit(text, out var p));
        Assert.Equal((yearFirst, a, b, c), (p.YearFirst, p.First, p.Second, p.Third));
    }

    [Theory]
    [InlineData("3.14")]
    [InlineData("2012")]
    [InlineData("13/13/2012")]
    [InlineData("2012-13-01")]
    [InlineData("2012-01-01 25:00")]
    [InlineData("hello")]
    [InlineData("1-2-3")]
    public void TrySplit_RejectsNonDates(string text) => Assert.False(DateParser.TrySplit(text, out _));

    [Fact]
    public void ToDays_HonoursOffsetAndOrder()
    {
        Assert.True(DateParser.TrySplit("2011-10-18T14:00:00+02:00", out var p));
        Assert.True(DateParser.TrySplit("2011-10-18T12:00:00Z", out var q));
        Assert.Equal(DateParser.ToDays(q, DateOrder.YearMonthDay), DateParser.ToDays(p, DateOrder.YearMonthDay));
        Assert.True(DateParser.TrySplit("02-03-2012", out var r));
        Assert.Equal(DateParser.ToDays(new DateTimeOffset(2012, 3, 2, 0, 0, 0, TimeSpan.Zero)), DateParser.ToDays(r, DateOrder.DayMonthYear));
        Assert.Equal(DateParser.ToDays(new DateTimeOffset(2012, 2, 3, 0, 0, 0, TimeSpan.Zero)), DateParser.ToDays(r, DateOrder.MonthDayYear));
        Assert.True(DateParser.TrySplit("30-02-2012", out var s));
        Assert.Null(DateParser.ToDays(s, DateOrder.DayMonthYear)); // 30 February
    }
}
