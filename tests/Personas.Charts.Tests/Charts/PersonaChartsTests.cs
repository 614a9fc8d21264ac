using System.Text.Json;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class PersonaChartsTests
{
    [Fact]
    public void SizesAndValueShares_HasCustomerAndValueTracesInPersonaColours()
    {
        var json = new ChartJson(PersonaCharts.SizesAndValueShares(SampleData.Names, [100, 300, 100], [0.2, 0.7, 0.1]));

        Assert.Equal(["Share of customers", "Share of value"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([20.0, 60.0, 20.0], ChartJson.Doubles(json.Traces[0].GetProperty("y")));
        Assert.Equal([20.0, 70.0, 10.0], ChartJson.Doubles(json.Traces[1].GetProperty("y")));
        Assert.Equal(SampleData.Names, ChartJson.Strings(json.Traces[0].GetProperty("x")));
        var palette = Enumerable.Range(0, 3).Select(PersonaPalette.Color).ToArray();
        Assert.Equal(palette, ChartJson.Strings(json.Traces[0].GetProperty("marker").GetProperty("color")));
        Assert.Equal(palette, ChartJson.Strings(json.Traces[1].GetProperty("marker").GetProperty("color")));
        Assert.Equal("60% (300)", ChartJson.Strings(json.Traces[0].GetProperty("text"))[1]);
        Assert.Equal("Share (%)", json.AxisTitle("yaxis"));
        Assert.Equal("group", json.Layout.GetProperty("barmode").GetString());
    }

    [Fact]
    public void SizesAndValueShares_WithoutValue_HasOnlyTheCustomerTrace()
    {
        var json = new ChartJson(PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 1, 2]));
        Assert.Single(json.Traces);
        Assert.Equal("Persona sizes", json.Title);
    }

    [Fact]
    public void SizesAndValueShares_WrongCount_Throws() =>
        Assert.Throws<ArgumentException>(() => PersonaCharts.SizesAndValueShares(SampleData.Names, [1, 2]));

    [Fact]
    public void TraitHeatmap_FromMatrix_GivesStandardisedMeansByHand()
    {
        // Feature a = [0, 0, 2, 2]: mean 1, population SD 1, so persona 0 (rows 0-1) is -1 and persona 1 is +1.
        // Feature b = [1, 3, 1, 3]: both personas average 2 = the overall mean, so 0.
        var m = new Features.FeatureMatrix([0, 1, 0, 3, 2, 1, 2, 3], 4, 2, ["a", "b"]);
        var json = new ChartJson(PersonaCharts.TraitHeatmap(m, [0, 0, 1, 1], ["P0", "P1"]));

        var z = json.Traces[0].GetProperty("z").EnumerateArray().Select(ChartJson.Doubles).ToArray();
        Assert.Equal([-1.0, 0.0], z[0]);
        Assert.Equal([1.0, 0.0], z[1]);
        Assert.Equal(["a", "b"], ChartJson.Strings(json.Traces[0].GetProperty("x")));
        Assert.Equal(["P0", "P1"], ChartJson.Strings(json.Traces[0].GetProperty("y")));
        Assert.Equal(0.0, json.Traces[0].GetProperty("zmid").GetDouble());
        Assert.Equal("Feature", json.AxisTitle("xaxis"));
        Assert.Equal("Persona", json.AxisTitle("yaxis"));
    }

    [Fact]
    public void ChoosingK_HasThreeMetricTracesAndMarksTheChosenK()
    {
        var json = new ChartJson(PersonaCharts.ChoosingK(SampleData.Candidates.Reverse().ToArray(), 3));

        Assert.Equal(["Silhouette (separation)", "Stability (reproducibility)", "Smallest persona share"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([2.0, 3, 4, 5], ChartJson.Doubles(json.Traces[0].GetProperty("x")));
        Assert.Equal([0.41, 0.52, 0.47, 0.39], ChartJson.Doubles(json.Traces[0].GetProperty("y")));
        Assert.Equal(JsonValueKind.Null, json.Traces[2].GetProperty("y")[3].ValueKind); // NaN -> gap
        var shape = json.Layout.GetProperty("shapes")[0];
        Assert.Equal(3, shape.GetProperty("x0").GetInt32());
        Assert.Equal("chosen k = 3", json.Layout.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.Equal("Number of personas (k)", json.AxisTitle("xaxis"));
    }

    [Fact]
    public void ChoosingK_RepeatedK_Throws() =>
        Assert.Throws<ArgumentException>(() => PersonaCharts.ChoosingK([new(2, 0, 0, 0), new(2, 0, 0, 0)], 2));
}
