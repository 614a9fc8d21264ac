namespace Personas.Charts.Tests.Charts;

public sealed class PersonaPaletteTests
{
    [Fact]
    public void Color_FirstTen_AreDistinctTableauColours()
    {
        var colours = Enumerable.Range(0, 10).Select(PersonaPalette.Color).ToArray();
        Assert.Equal(10, colours.Distinct().Count());
        Assert.Equal("#4E79A7", colours[0]);
    }

    [Fact]
    public void Color_BeyondTen_IsADarkerShadeAndStillDistinct()
    {
        var colours = Enumerable.Range(0, 30).Select(PersonaPalette.Color).ToArray();
        Assert.Equal(30, colours.Distinct().Count());
        Assert.Equal("#3A5A7D", PersonaPalette.Color(10)); // 0x4E*0.75 = 58 = 0x3A, 0x79*0.75 = 90 = 0x5A, 0xA7*0.75 = 125 = 0x7D
    }

    [Fact]
    public void Rgba_WritesInvariantDecimals()
    {
        Assert.Equal("rgba(78,121,167,0.45)", PersonaPalette.Rgba(0, 0.45));
    }
}
