using System.Globalization;
using System.Text.RegularExpressions;
using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class PersonaColourTests
{
    [Fact]
    public void EveryChartOfASet_DrawsPersonaIInTheSameColour()
    {
        var b = BuildFixture.Value;
        var k = b.Personas.Personas.Count;
        var map = new ChartJson(PersonaCharts.PersonaMap(b.Personas, b.Segmentation, b.Features));
        var sizes = new ChartJson(PersonaCharts.SizesAndValueShares(b.Personas));
        var radars = new ChartJson(PersonaCharts.TraitRadars(b.Personas, b.Segmentation, b.Features));
        var journeyMap = new ChartJson(PersonaCharts.JourneyMap(b.Journeys, b.Personas));
        var funnel = new ChartJson(PersonaCharts.StageFunnel(b.Journeys, b.Personas));

        for (var p = 0; p < k; p++)
        {
            var expected = Rgb(PersonaPalette.Color(p));
            Assert.Equal(expected, Rgb(map.Traces[p].GetProperty("marker").GetProperty("color").GetString()!));
            Assert.Equal(expected, Rgb(sizes.Traces[0].GetProperty("marker").GetProperty("color")[p].GetString()!));
            Assert.Equal(expected, Rgb(radars.Traces[p].GetProperty("line").GetProperty("color").GetString()!));
            Assert.Equal(expected, Rgb(funnel.Traces[p].GetProperty("marker").GetProperty("color").GetString()!));
            // Trace 0 is all customers; persona p's touchpoints and its flows that end in a purchase are in its colour, the other flows grey.
            var trace = journeyMap.Traces[p + 1];
            var labels = ChartJson.Strings(trace.GetProperty("node").GetProperty("label"));
            var nodes = ChartJson.Strings(trace.GetProperty("node").GetProperty("color"));
            Assert.Equal(expected, Rgb(nodes[Array.IndexOf(labels, "search")]));
            Assert.All(ChartJson.Strings(trace.GetProperty("link").GetProperty("color")), c => Assert.True(Rgb(c) == expected || Rgb(c) == (156, 163, 175), c));
        }
    }

    /// <summary>The (r, g, b) of a <c>#RRGGBB</c> or <c>rgba(r, g, b, a)</c> colour.</summary>
    private static (int R, int G, int B) Rgb(string colour)
    {
        if (colour.StartsWith('#'))
        {
            return (Convert.ToInt32(colour[1..3], 16), Convert.ToInt32(colour[3..5], 16), Convert.ToInt32(colour[5..7], 16));
        }

        var n = Regex.Matches(colour, "[0-9.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        return ((int)n[0], (int)n[1], (int)n[2]);
    }
}
