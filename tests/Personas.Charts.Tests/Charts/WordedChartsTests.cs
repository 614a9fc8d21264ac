using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

/// <summary>Charts drawn from a persona set: the top-differences chart and the heatmap in the data's units and words.</summary>
public sealed class WordedChartsTests
{
    [Fact]
    public void TopDifferences_ShowsAtMostEightTraits_LargestFirst_PersonaAgainstOthersInTheDataUnits()
    {
        var set = SyntheticPersonas.Set();
        var json = new ChartJson(PersonaCharts.TopDifferences(set, "P1"));

        // Two bars per trait (other customers, then the persona, so the persona is drawn on top), eight traits.
        Assert.Equal(2 * PersonaCharts.MaxDifferences, json.Traces.Length);
        var rows = json.Traces.Chunk(2).Select(pair => ChartJson.Strings(pair[1].GetProperty("y"))[0]).ToArray();
        Assert.Equal(["Average order value", "Share bought at a discount", "Trait d", "Trait e", "Trait f", "Trait g", "Trait h", "Trait i"], rows);
        Assert.Equal(["€41", "€120"], new[] { json.Traces[1], json.Traces[0] }.Select(t => ChartJson.Strings(t.GetProperty("text"))[0]));
        Assert.Equal(["42%", "16%"], new[] { json.Traces[3], json.Traces[2] }.Select(t => ChartJson.Strings(t.GetProperty("text"))[0]));
        Assert.Equal(42.0, ChartJson.Doubles(json.Traces[3].GetProperty("x"))[0], 9); // a share is drawn in percent
        Assert.Equal(PersonaPalette.ColorOf("P1"), json.Traces[1].GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(["Other customers", "This persona"], json.Traces.Take(2).Select(t => t.GetProperty("name").GetString()));

        // Each row has its own x-axis, so euros and percentages never share a scale.
        Assert.Equal("x2", json.Traces[2].GetProperty("xaxis").GetString());
        Assert.True(json.Layout.TryGetProperty("xaxis8", out _));
        Assert.All(json.Traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
    }

    [Fact]
    public void TopDifferences_InFinnish_UsesTheFinnishLabelsAndNumberFormat()
    {
        var json = new ChartJson(PersonaCharts.TopDifferences(SyntheticPersonas.Set(Personas.ReportLanguage.Finnish), "P2"));
        Assert.Equal("Ikä", ChartJson.Strings(json.Traces[1].GetProperty("y"))[0]);
        Assert.Equal("Keskiostos", ChartJson.Strings(json.Traces[3].GetProperty("y"))[0]);
        Assert.Equal("58 vuotta", ChartJson.Strings(json.Traces[1].GetProperty("text"))[0]);
        Assert.Equal("210\u00A0€", ChartJson.Strings(json.Traces[3].GetProperty("text"))[0]);
        Assert.Equal("Tämä persoona", json.Traces[1].GetProperty("name").GetString());
        Assert.Equal("Mature store regulars: miten he eroavat muista", json.Title);
    }

    [Fact]
    public void TraitHeatmap_FromASet_ShowsAtMost15DistinguishingTraits_InTheDataUnits_WithALabelledScale()
    {
        var set = SyntheticPersonas.Set();
        var json = new ChartJson(PersonaCharts.TraitHeatmap(set));
        var trace = json.Traces.Single();
        var columns = ChartJson.Strings(trace.GetProperty("y")); // traits are rows, personas columns

        Assert.Equal(PersonaCharts.MaxHeatmapColumns, columns.Length);
        Assert.DoesNotContain("Noise", columns); // compared on every persona, a trait of none
        Assert.Equal(["Young deal hunters", "Mature store regulars"], ChartJson.Strings(trace.GetProperty("x")));

        // Columns grouped by the persona they distinguish most: P1's first (largest effect first), then P2's.
        Assert.Equal("Average order value", columns[0]);
        Assert.Equal(["Age", "Household: live alone"], columns[^2..]);
        var text = trace.GetProperty("text").EnumerateArray().Select(ChartJson.Strings).ToArray();
        Assert.Equal("€41", text[0][0]);
        Assert.Equal("€210", text[0][1]);
        Assert.Equal("0%", text[Array.IndexOf(columns, "Household: live alone")][1]);
        var scale = trace.GetProperty("colorbar");
        Assert.Equal(["much lower", "lower", "about the same", "higher", "much higher"], ChartJson.Strings(scale.GetProperty("ticktext")));
        Assert.Equal(12, trace.GetProperty("textfont").GetProperty("size").GetInt32());
    }

    [Fact]
    public void Colours_FollowThePersonaId_SoARefreshedPersonaKeepsItsColour()
    {
        var b = BuildFixture.Value;
        var refreshed = b.Refresh.Personas;
        var sizes = new ChartJson(PersonaCharts.SizesAndValueShares(refreshed));
        var colours = ChartJson.Strings(sizes.Traces[0].GetProperty("marker").GetProperty("color"));
        for (var i = 0; i < refreshed.Personas.Count; i++)
        {
            Assert.Equal(PersonaPalette.ColorOf(refreshed.Personas[i].Id), colours[i]);
        }

        var migration = new ChartJson(PersonaCharts.MigrationSankey(b.Refresh.Drift, refreshed));
        var labels = ChartJson.Strings(migration.Traces[0].GetProperty("node").GetProperty("label"));
        var nodeColours = ChartJson.Strings(migration.Traces[0].GetProperty("node").GetProperty("color"));
        foreach (var p in refreshed.Personas.Where(p => b.Refresh.Drift.Matches.Any(m => m.CurrentId == p.Id)))
        {
            var before = Array.FindIndex(labels, l => l == p.Name + " (" + b.Refresh.Drift.PreviousPeriod + ")");
            var after = Array.FindIndex(labels, l => l == p.Name + " (" + b.Refresh.Drift.CurrentPeriod + ")");
            Assert.True(before >= 0 && after >= 0, p.Name);
            Assert.Equal(nodeColours[before], nodeColours[after]);
            Assert.Equal(PersonaPalette.ColorOf(p.Id), nodeColours[after]);
        }

        // The periods are named above their columns.
        var headers = migration.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["<b>Last quarter</b>", "<b>This quarter</b>"], headers);
    }
}
