using Personas.Charts.Tests.TestSupport;
using Personas.Features;

namespace Personas.Charts.Tests.Charts;

public sealed class PersonaMapTests
{
    [Fact]
    public void PersonaMap_HasOneTracePerPersonaInPaletteColoursPlusCentres()
    {
        var (m, labels) = SampleData.Blobs(50);
        var json = new ChartJson(PersonaCharts.PersonaMap(m, labels, SampleData.Names));

        Assert.Equal(4, json.Traces.Length);
        for (var p = 0; p < 3; p++)
        {
            Assert.Equal(SampleData.Names[p], json.Traces[p].GetProperty("name").GetString());
            Assert.Equal(50, json.Traces[p].GetProperty("x").GetArrayLength());
            Assert.Equal(Rgba(PersonaPalette.Color(p)), json.Traces[p].GetProperty("marker").GetProperty("color").GetString());
        }

        var centres = json.Traces[3];
        Assert.Equal("Persona centres", centres.GetProperty("name").GetString());
        Assert.Equal(SampleData.Names, ChartJson.Strings(centres.GetProperty("text")));
        Assert.Equal("diamond", centres.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.StartsWith("Persona map", json.Title, StringComparison.Ordinal);
        Assert.StartsWith("Principal component 1 (", json.AxisTitle("xaxis"), StringComparison.Ordinal);
        Assert.StartsWith("Principal component 2 (", json.AxisTitle("yaxis"), StringComparison.Ordinal);
    }

    [Fact]
    public void PersonaMap_PointsOnALine_ProjectOntoTheLineWithAllVarianceOnTheFirstComponent()
    {
        // Hand computation: points (1,1), (2,2), (3,3), (4,4) have mean (2.5, 2.5); the first principal direction is
        // (1,1)/sqrt(2), so the projections are -1.5*sqrt(2), -0.5*sqrt(2), 0.5*sqrt(2), 1.5*sqrt(2), and PC2 carries nothing.
        var m = new FeatureMatrix([1, 1, 2, 2, 3, 3, 4, 4], 4, 2, ["a", "b"]);
        var json = new ChartJson(PersonaCharts.PersonaMap(m, [0, 0, 1, 1], ["low", "high"]));

        var x = ChartJson.Doubles(json.Traces[0].GetProperty("x")).Concat(ChartJson.Doubles(json.Traces[1].GetProperty("x"))).ToArray();
        var expected = new[] { -1.5, -0.5, 0.5, 1.5 }.Select(v => v * Math.Sqrt(2)).ToArray();
        var sign = Math.Sign(x[3]); // an eigenvector's sign is a convention
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], sign * x[i], 4);
        }

        Assert.Equal("Principal component 1 (100% of variance)", json.AxisTitle("xaxis"));
        Assert.Equal(-Math.Sqrt(2), sign * ChartJson.Doubles(json.Traces[2].GetProperty("x"))[0], 4); // centre of "low"
    }

    [Fact]
    public void PersonaMap_LargeSet_DrawsADeterministicSampleButCentresUseEveryone()
    {
        var (m, labels) = SampleData.Blobs(400);
        var options = new PersonaMapOptions { MaxPoints = 300 };
        var a = new ChartJson(PersonaCharts.PersonaMap(m, labels, SampleData.Names, options));
        var b = new ChartJson(PersonaCharts.PersonaMap(m, labels, SampleData.Names, options));
        var full = new ChartJson(PersonaCharts.PersonaMap(m, labels, SampleData.Names));

        Assert.Equal(300, a.Traces.Take(3).Sum(t => t.GetProperty("x").GetArrayLength()));
        Assert.Equal(a.Root.GetProperty("data").GetRawText(), b.Root.GetProperty("data").GetRawText());
        Assert.Equal(a.Traces[3].GetRawText(), full.Traces[3].GetRawText());
        Assert.Contains("a sample of 300 of 1,200 customers", a.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonaMap_LabelOutOfRange_Throws()
    {
        var (m, labels) = SampleData.Blobs(2);
        labels[1] = 3;
        var ex = Assert.Throws<ArgumentException>(() => PersonaCharts.PersonaMap(m, labels, SampleData.Names));
        Assert.Contains("Row 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonaMap_LabelCountMismatch_Throws()
    {
        var (m, _) = SampleData.Blobs(2);
        Assert.Throws<ArgumentException>(() => PersonaCharts.PersonaMap(m, [0, 1], SampleData.Names));
    }

    internal static string Rgba(string hex) =>
        $"rgba({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)}, 1.0)";
}
