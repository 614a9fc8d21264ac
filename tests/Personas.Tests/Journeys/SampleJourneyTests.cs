using Personas.Journeys;
using Personas.Samples;
using Personas.Tests.Samples;

namespace Personas.Tests.Journeys;

/// <summary>The sample data's journeys with the default options, grouped by each customer's planted persona (the generator's truth).</summary>
public class SampleJourneyTests
{
    private static JourneyMap Map => JourneyTestData.Sample;

    private static SampleData Data => SampleFixture.Quarter0;

    [Fact]
    public void Analyze_Sample_RepurchaseShareOfStoreRegularsEqualsTheGeneratorsTruth()
    {
        const string persona = "Loyal store regulars";
        var customers = Data.Customers.Where(c => c.Persona == persona).Select(c => c.CustomerId).ToHashSet();
        var purchases = Data.Events.Where(e => customers.Contains(e.CustomerId) && e.EventType == "purchase").GroupBy(e => e.CustomerId).ToDictionary(g => g.Key, g => g.Count());
        var withEvents = Data.Events.Where(e => customers.Contains(e.CustomerId)).Select(e => e.CustomerId).Distinct().Count();
        var truth = purchases.Count(kv => kv.Value >= 2) / (double)withEvents;

        var funnel = Map.ByPersona[persona].StageFunnel;
        var repurchase = funnel.Steps.Single(s => s.Step == "repurchase");
        Assert.Equal(withEvents, funnel.Steps[0].Count);
        Assert.InRange(repurchase.ShareOfFirst, truth - 0.01, truth + 0.01);
        Assert.True(repurchase.ShareOfFirst > 0.5, $"store regulars buy again: {repurchase.ShareOfFirst:P0}");
        // Store purchases come without a delivery: those who buy are not lost at the purchase.
        Assert.Equal(purchases.Count, funnel.Steps.Single(s => s.Step == "bought").Count);
        Assert.NotEqual("purchase decision", Map.ByPersona[persona].Findings.BottleneckStage);
    }

    [Fact]
    public void Analyze_Sample_NoTypicalPathCoversUnderTenPercent()
    {
        foreach (var (id, c) in Map.PersonaComparison)
        {
            Assert.True(c.TypicalPath.Count == 0 || c.TypicalPathShare >= 0.10, $"{id}: typical path at {c.TypicalPathShare:P1}");
            Assert.True(c.TypicalConvertingPath.Count == 0 || c.TypicalConvertingPathShare >= 0.10, id);
            Assert.True(c.TypicalAbandonedPath.Count == 0 || c.TypicalAbandonedPathShare >= 0.10, id);
            var sentences = c.Describe(id);
            Assert.Contains(sentences, s => s.StartsWith("Typical path:", StringComparison.Ordinal) || s.StartsWith("No dominant path", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Analyze_Sample_DeliveryAndSupportGetNoConversionCredit()
    {
        foreach (var summary in Map.ByPersona.Values.Append(Map.Overall))
        {
            var a = summary.Attribution;
            foreach (var credit in new[] { a.FirstTouch.Conversions, a.LastTouch.Conversions, a.Linear.Conversions, a.PositionBased.Conversions, a.TimeDecay!.Conversions, a.Markov.Conversions })
            {
                Assert.Equal(0, credit.GetValueOrDefault("delivery"));
                Assert.Equal(0, credit.GetValueOrDefault("support"));
            }
        }

        Assert.Equal(["chat", "delivery", "support"], Map.PostPurchaseTouchpoints.Order(StringComparer.Ordinal));
        // Chats before a purchase are touches: chat keeps credit for them.
        Assert.True(Map.Overall.Attribution.Markov.Conversions.GetValueOrDefault("chat") > 0);
    }

    [Fact]
    public void Analyze_Sample_PlantedBottleneckIsFoundForItsPersonaOnly()
    {
        var planted = Data.Bottleneck;
        var c = Map.PersonaComparison[planted.Persona];
        Assert.Equal(planted.Touchpoint, c.DropOffTouchpoint);
        Assert.Equal("information search", c.LosesMostAtStage);
        Assert.StartsWith($"{planted.Persona} drop off at comparison sites:", c.Describe(planted.Persona)[0], StringComparison.Ordinal);
        Assert.All(Map.PersonaComparison.Where(p => p.Key != planted.Persona), p => Assert.NotEqual(planted.Touchpoint, p.Value.DropOffTouchpoint));
    }

    [Fact]
    public void Analyze_Sample_PlantedWaitFromPurchaseToDeliveryIsFoundForItsPersonaOnly()
    {
        var planted = Data.WaitingStage;
        var slower = Map.PersonaComparison[planted.Persona].SlowerWaits;
        var wait = slower.First(s => s.FromPurchase && s.To == "delivery");
        Assert.Same(wait, slower[0]);
        Assert.InRange(wait.Ratio, 3, 7); // planned: 96 hours against 20
        Assert.True(wait.Count >= 20 && wait.OthersCount >= 20);
        var card = Map.PersonaComparison[planted.Persona].CardSentences(planted.Persona);
        Assert.Equal(wait.Describe(planted.Persona), card[1]);
        Assert.Equal(card.Where((_, i) => i != 1), Map.PersonaComparison[planted.Persona].Describe(planted.Persona));
        Assert.All(
            Map.PersonaComparison.Where(p => p.Key != planted.Persona),
            p => Assert.DoesNotContain(p.Value.SlowerWaits, s => s.FromPurchase && s.To == "delivery"));
    }

    [Fact]
    public void Analyze_Sample_WaitsNeverSpanTwoJourneys()
    {
        // A repurchase comes 20 to 80 days after a purchase: that gap is between journeys, never a step inside one.
        Assert.All(Map.PersonaComparison.Values.SelectMany(c => c.SlowerWaits), s => Assert.True(s.PersonaMedianSeconds < 20 * 86400, $"{s.From} -> {s.To}: {s.PersonaMedianSeconds / 86400:0.#} days"));
        Assert.All(Map.Overall.Dfg.Edges, e => Assert.True(e.MaxSeconds <= 30 * 86400, $"{e.From} -> {e.To} spans {e.MaxSeconds / 86400:0.#} days"));
    }
}
