using Personas.Words;

namespace Personas.Tests.Words;

public class NumberStyleTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void Finnish_UsesADecimalComma_ANonBreakingSpaceBetweenThousands_AndASpaceBeforePercent()
    {
        var fi = NumberStyle.Finnish;
        Assert.Equal("0,42", fi.Num(0.42));
        Assert.Equal("12,5", fi.Num(12.5));
        Assert.Equal("1973", fi.Num(1973));
        Assert.Equal("75" + Nbsp + "000", fi.Num(75000));
        Assert.Equal("1" + Nbsp + "297", fi.Count(1297));
        Assert.Equal("25,9" + Nbsp + "%", fi.Pct(0.259));
        Assert.Equal("41" + Nbsp + "€", fi.Value(41.3, "€"));
        Assert.Equal("2,3x", fi.Ratio(2.3));
        Assert.Equal("< 0,001", fi.P(0.0001));
    }

    [Fact]
    public void English_KeepsTheCardsFormats_AndPutsTheEuroFirst()
    {
        var en = NumberStyle.English;
        Assert.Equal("0.42", en.Num(0.42));
        Assert.Equal("75,000", en.Num(75000));
        Assert.Equal("1,297", en.Count(1297));
        Assert.Equal("25.9%", en.Pct(0.259));
        Assert.Equal("€41", en.Value(41.3, "€"));
        Assert.Equal("€1,120", en.Value(1120.4, "€"));
        Assert.Equal("€4.50", en.Value(4.5, "€"));
        Assert.Equal("-€12", en.Value(-12, "€"));
        Assert.Equal("41" + Nbsp + "kr", en.Value(41, "kr"));
        Assert.Equal("42%", en.Value(0.42, "share"));
        Assert.Equal("42%", en.Value(42, "%"));
        Assert.Equal("29.2 years", en.Value(29.2, "years"));
        Assert.Equal("+2.0 pt", en.Points(0.02));
    }
}
