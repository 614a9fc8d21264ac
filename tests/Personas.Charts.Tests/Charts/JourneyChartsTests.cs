using Personas.Journeys;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class JourneyChartsTests
{
    [Fact]
    public void JourneyMap_HasOneForwardSankeyPerMapWithPurchasesColouredAndASelector()
    {
        var json = new ChartJson(PersonaCharts.JourneyMap(SampleData.Names, SampleData.StepMaps));

        Assert.Equal(3, json.Traces.Length);
        Assert.All(json.Traces, t => Assert.Equal("sankey", t.GetProperty("type").GetString()));
        Assert.Equal([true, false, false], json.Traces.Select(t => t.GetProperty("visible").GetBoolean()));
        var first = json.Traces[0];
        Assert.Equal(["Ad", "Email", "Web", "Cart", "bought", "did not buy"], ChartJson.Strings(first.GetProperty("node").GetProperty("label")));
        var link = first.GetProperty("link");
        var source = ChartJson.Doubles(link.GetProperty("source"));
        var target = ChartJson.Doubles(link.GetProperty("target"));
        var value = ChartJson.Doubles(link.GetProperty("value"));
        var colour = ChartJson.Strings(link.GetProperty("color"));
        // Ad -> Web: 20 journeys that buy (persona colour) and 30 that do not (grey); links never point back.
        Assert.Equal([20.0, 30], Enumerable.Range(0, source.Length).Where(i => source[i] == 0 && target[i] == 2).Select(i => value[i]));
        Assert.Equal(PersonaPalette.Rgba(0, 0.55), colour[Enumerable.Range(0, source.Length).First(i => source[i] == 0 && target[i] == 2)]);
        Assert.Equal(100.0, value.Where((_, i) => target[i] >= 4).Sum());
        Assert.All(Enumerable.Range(0, source.Length), i => Assert.True(target[i] > source[i]));
        var buttons = json.Layout.GetProperty("updatemenus")[0].GetProperty("buttons").EnumerateArray().ToArray();
        Assert.Equal(SampleData.Names, buttons.Select(b => b.GetProperty("label").GetString()));
        var notes = json.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["<b>step 1</b>", "<b>step 2</b>", "<b>step 3</b>", "<b>outcome</b>"], notes[..4]);
    }

    [Fact]
    public void JourneyMap_ALinkPointingBack_Throws()
    {
        var backwards = SampleData.StepMap with { Links = [new StepLink(2, 0, 5, 0)] };
        Assert.Throws<ArgumentException>(() => PersonaCharts.JourneyMap(["a"], [backwards]));
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
        var name = json.Layout.GetProperty("annotations").EnumerateArray().Single(a => a.GetProperty("xref").GetString() == "x2 domain");
        Assert.Equal("<b>Premium loyalists</b>", name.GetProperty("text").GetString());
    }

    [Fact]
    public void StageFunnel_PersonaWithNoJourneys_SaysSoInItsPanel()
    {
        var json = new ChartJson(PersonaCharts.StageFunnel(SampleData.Stages, SampleData.Names, [[10, 5, 2, 1], [0, 0, 0, 0], [4, 3, 2, 1]]));

        var note = Assert.Single(json.Layout.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("text").GetString()!.Contains("No journey", StringComparison.Ordinal));
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

    [Fact]
    public void StageFunnel_CardSentences_UseTheChartsNumbers()
    {
        var map = SampleJourneys.Map;
        var json = new ChartJson(PersonaCharts.StageFunnel(map));
        foreach (var trace in json.Traces)
        {
            var name = trace.GetProperty("name").GetString()!;
            var steps = ChartJson.Strings(trace.GetProperty("y"));
            var x = ChartJson.Doubles(trace.GetProperty("x"));
            double Count(string step) => x[Array.IndexOf(steps, step)];
            static long Pct(double share) => (long)Math.Round(share * 100, MidpointRounding.AwayFromZero);
            var sentences = map.PersonaComparison[name].Describe(name);

            var loss = System.Text.RegularExpressions.Regex.Match(string.Join("\n", sentences), "at the (.+?) stage: ([0-9]+)% of the ([0-9,]+) who reach it");
            Assert.True(loss.Success, name + ": no stage sentence");
            var stage = Array.IndexOf(steps, loss.Groups[1].Value);
            Assert.Equal(x[stage], double.Parse(loss.Groups[3].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Pct(1 - (x[stage + 1] / x[stage])), long.Parse(loss.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

            var buy = System.Text.RegularExpressions.Regex.Match(string.Join("\n", sentences), "([0-9]+)% of their ([0-9,]+) customers buy; ([0-9]+)% buy again");
            Assert.True(buy.Success, name + ": no buying sentence");
            Assert.Equal(x[0], double.Parse(buy.Groups[2].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Pct(Count("bought") / x[0]), long.Parse(buy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Pct(Count("repurchase") / x[0]), long.Parse(buy.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
