using Personas.Journeys;
using static Personas.Tests.Journeys.JourneyTestData;

namespace Personas.Tests.Journeys;

public class PersonaComparerTests
{
    /// <summary>20,000 one-event journeys per persona; touchpoint x in 51% of P1's and 49% of P2's (z = 4, Cohen's h = 0.04).</summary>
    private static (EventLog Log, Dictionary<string, string> Personas) TrivialDifference()
    {
        const int n = 20_000;
        var customers = Enumerable.Range(0, 2 * n).Select(i => "c" + i).ToArray();
        var ticks = new long[2 * n];
        var touchpoints = new int[2 * n];
        var personas = new Dictionary<string, string>();
        for (var i = 0; i < 2 * n; i++)
        {
            var p1 = i < n;
            personas[customers[i]] = p1 ? "P1" : "P2";
            touchpoints[i] = (i % n) < (p1 ? 0.51 : 0.49) * n ? 0 : 1;
            ticks[i] = T0.UtcTicks;
        }

        return (EventLogReader.FromColumns(customers, Enumerable.Range(0, 2 * n).ToArray(), ticks, ["x", "y"], touchpoints), personas);
    }

    [Fact]
    public void Compare_LargeLogWithATrivialDifference_ReportsNoFinding()
    {
        var (log, personas) = TrivialDifference();
        var map = JourneyAnalyzer.Analyze(log, personaByCustomer: personas);
        Assert.Empty(map.PersonaComparison["P1"].Differences);
        var all = JourneyAnalyzer.Analyze(log, new JourneyOptions { MinEffectSize = 0 }, personas).PersonaComparison["P1"].Differences;
        var x = Assert.Single(all, d => d.Item == "x");
        Assert.True(x.QValue < 1e-3, $"q = {x.QValue}");
        Assert.InRange(x.EffectSize, 0.03, 0.05);
    }

    [Fact]
    public void Compare_Differences_CarryCohensHAndBenjaminiHochbergQValues()
    {
        var (log, personas) = TwoPersonas();
        var d = JourneyAnalyzer.Analyze(log, personaByCustomer: personas).PersonaComparison["P1"].Differences;
        var comparison = Assert.Single(d, x => x.Item == "comparison_sites");
        Assert.Equal(Math.PI, comparison.EffectSize, 12); // 2 asin(1) - 2 asin(0)
        Assert.All(d, x => Assert.True(Math.Abs(x.EffectSize) >= 0.2 && x.QValue < 0.05 && x.QValue >= x.PValue));
        Assert.Equal(d.OrderByDescending(x => Math.Abs(x.EffectSize)).Select(x => x.Item), d.Select(x => x.Item));
    }

    [Fact]
    public void Compare_Waits_NeedTheMinimumCountOfJourneysOnBothSides()
    {
        // P1: 10 journeys wait 10 days from the purchase to the delivery; P2: 40 journeys wait an hour.
        var (log, personas) = TwoPersonas();
        Assert.Empty(JourneyAnalyzer.Analyze(log, personaByCustomer: personas).PersonaComparison["P1"].SlowerWaits);
        var map = JourneyAnalyzer.Analyze(log, new JourneyOptions { MinCount = 10 }, personas);
        var wait = Assert.Single(map.PersonaComparison["P1"].SlowerWaits, s => s.To == "delivery");
        Assert.True(wait.FromPurchase);
        Assert.Equal(10, wait.Count);
        Assert.Equal(40, wait.OthersCount);
        Assert.Equal(240, wait.Ratio, 9);
        Assert.Same(wait, SlowerTransition.Find(map, "P1", minCount: 10).First(s => s.To == "delivery"));
        Assert.Empty(SlowerTransition.Find(map, "P1", minCount: 20));
        Assert.Equal("Researchers wait 10 days from a purchase on purchase to delivery, 240x as long as other personas (median 60 minutes; 10 and 40 journeys).", wait.Describe("Researchers"));
    }
}
