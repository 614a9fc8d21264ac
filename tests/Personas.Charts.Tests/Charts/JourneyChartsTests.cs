using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class JourneyChartsTests
{
    [Fact]
    public void JourneySankey_HasOneSankeyPerPersonaWithLinksInItsColourAndASelector()
    {
        var json = new ChartJson(PersonaCharts.JourneySankey(SampleData.Names, SampleData.Flows));

        Assert.Equal(3, json.Traces.Length);
        Assert.All(json.Traces, t => Assert.Equal("sankey", t.GetProperty("type").GetString()));
        Assert.Equal([true, false, false], json.Traces.Select(t => t.GetProperty("visible").GetBoolean()));
        var first = json.Traces[0];
        Assert.Equal(["Start", "Ad", "Web", "Cart", "Purchase", "Email"], ChartJson.Strings(first.GetProperty("node").GetProperty("label")));
        Assert.Equal([0.0, 1, 2, 3, 2, 5], ChartJson.Doubles(first.GetProperty("link").GetProperty("source")));
        Assert.Equal([1.0, 2, 3, 4, 5, 2], ChartJson.Doubles(first.GetProperty("link").GetProperty("target")));
        Assert.Equal([60.0, 50, 30, 20, 10, 8], ChartJson.Doubles(first.GetProperty("link").GetProperty("value")));
        Assert.All(ChartJson.Strings(json.Traces[2].GetProperty("link").GetProperty("color")), c => Assert.Equal(PersonaPalette.Rgba(2, 0.45), c));
        var buttons = json.Layout.GetProperty("updatemenus")[0].GetProperty("buttons").EnumerateArray().ToArray();
        Assert.Equal(SampleData.Names, buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal([false, true, false], buttons[1].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
    }

    [Fact]
    public void StageFunnel_HasOneFunnelPerPersonaSideBySide()
    {
        var json = new ChartJson(PersonaCharts.StageFunnel(SampleData.Stages, SampleData.Names, SampleData.StageCounts));

        Assert.Equal(3, json.Traces.Length);
        Assert.All(json.Traces, t => Assert.Equal("funnel", t.GetProperty("type").GetString()));
        Assert.Equal(["x", "x2", "x3"], json.Traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal([40.0, 38, 30, 27], ChartJson.Doubles(json.Traces[1].GetProperty("x")));
        Assert.Equal(SampleData.Stages, ChartJson.Strings(json.Traces[1].GetProperty("y")));
        var d1 = ChartJson.Doubles(json.Layout.GetProperty("xaxis").GetProperty("domain"));
        var d2 = ChartJson.Doubles(json.Layout.GetProperty("xaxis2").GetProperty("domain"));
        Assert.True(d1[1] <= d2[0], "funnels overlap");
        Assert.Equal("Stage", json.AxisTitle("yaxis"));
        Assert.Contains("Premium loyalists", json.AxisTitle("xaxis2"), StringComparison.Ordinal);
    }

    [Fact]
    public void StageFunnel_PersonaWithNoJourneys_SaysSoInItsPanel()
    {
        var json = new ChartJson(PersonaCharts.StageFunnel(SampleData.Stages, SampleData.Names, [[10, 5, 2, 1], [0, 0, 0, 0], [4, 3, 2, 1]]));

        var note = Assert.Single(json.Layout.GetProperty("annotations").EnumerateArray());
        Assert.Equal("x2 domain", note.GetProperty("xref").GetString());
        Assert.Contains("No journey", note.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TransitionHeatmap_RowsAreNextStepProbabilities()
    {
        // Budget families leave Web 30 times to Cart and 10 times to Email: 0.75 and 0.25.
        var json = new ChartJson(PersonaCharts.TransitionHeatmap(SampleData.Names, SampleData.Flows));

        Assert.Equal(3, json.Traces.Length);
        var t = json.Traces[0];
        var from = ChartJson.Strings(t.GetProperty("y"));
        var to = ChartJson.Strings(t.GetProperty("x"));
        var z = t.GetProperty("z").EnumerateArray().Select(ChartJson.Doubles).ToArray();
        var web = Array.IndexOf(from, "Web");
        Assert.Equal(0.75, z[web][Array.IndexOf(to, "Cart")], 10);
        Assert.Equal(0.25, z[web][Array.IndexOf(to, "Email")], 10);
        Assert.All(z.Where(r => r.Sum() > 0), r => Assert.Equal(1.0, r.Sum(), 10));
        Assert.Equal("Next touchpoint", json.AxisTitle("xaxis"));
    }

    [Fact]
    public void Attribution_HasOneBarTracePerModelAsSharesOfCredit()
    {
        var json = new ChartJson(PersonaCharts.Attribution(SampleData.Touchpoints, SampleData.Models, "Premium loyalists"));

        Assert.Equal(["First touch", "Last touch", "Linear", "Markov"], json.Traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(json.Traces, t => Assert.Equal(100.0, ChartJson.Doubles(t.GetProperty("y")).Sum(), 8));
        Assert.Equal([50.0, 30, 10, 10], ChartJson.Doubles(json.Traces[0].GetProperty("y")));
        Assert.Equal("group", json.Layout.GetProperty("barmode").GetString());
        Assert.Equal("Attribution by model: Premium loyalists", json.Title);
    }

    [Fact]
    public void MigrationSankey_KeepsColoursOfPersonasThatSurviveAndLinksNonZeroCounts()
    {
        var json = new ChartJson(PersonaCharts.MigrationSankey(SampleData.PreviousNames, SampleData.Names, SampleData.Migration, "Q2", "Q3"));

        var node = json.Traces[0].GetProperty("node");
        var labels = ChartJson.Strings(node.GetProperty("label"));
        Assert.Equal("Budget families (Q2)", labels[0]);
        Assert.Equal("Budget families (Q3)", labels[4]);
        var colours = ChartJson.Strings(node.GetProperty("color"));
        Assert.Equal(colours[0], colours[4]);               // same persona, same colour
        Assert.Equal(PersonaPalette.Color(3), colours[3]);  // retired "Deal seekers" gets the next free colour
        var link = json.Traces[0].GetProperty("link");
        Assert.Equal(10, link.GetProperty("value").GetArrayLength()); // 12 cells, 2 zeros
        Assert.Equal(SampleData.Migration.Sum(r => r.Sum()), ChartJson.Doubles(link.GetProperty("value")).Sum());
        Assert.Contains("Q2 to Q3", json.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void MigrationSankey_RowOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => PersonaCharts.MigrationSankey(["a"], ["a", "b"], [[1.0]]));
}
