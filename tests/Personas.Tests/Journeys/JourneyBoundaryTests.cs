using Personas.Journeys;
using static Personas.Tests.Journeys.JourneyTestData;

namespace Personas.Tests.Journeys;

/// <summary>A small hand-made log whose journeys are known, against the default journey boundaries.</summary>
public class JourneyBoundaryTests
{
    /// <summary>
    /// A: browses, goes quiet for 40 days, then comes back from the newsletter and buys on the website (two journeys).
    /// B: buys on the website, gets the delivery two days later, starts a new search two weeks after that and leaves
    /// at a comparison site (two journeys, the delivery in the first). C: a delivery of a purchase made before the
    /// data (in no journey), a store purchase, then 27 days later an app purchase and a support contact (two journeys).
    /// </summary>
    public static EventLog HandMade() => EventLogReader.FromEvents(
    [
        .. Events("A", ("social_ads", 0, false), ("search", 1, false), ("website", 24, false), ("newsletter", 984, false), ("website", 985, false), ("website", 986, true)),
        .. Events("B", ("search", 0, false), ("website", 1, false), ("website", 2, true), ("delivery", 48, false), ("search", 384, false), ("comparison_sites", 385, false)),
        .. Events("C", ("delivery", 0, false), ("store", 72, false), ("store", 72.2, true), ("app", 720, false), ("app", 721, true), ("support", 768, false)),
    ]);

    private static IEnumerable<TouchpointEvent> Events(string id, params (string Touchpoint, double Hours, bool Purchase)[] events) =>
        events.Select(e => new TouchpointEvent(id, T0.AddHours(e.Hours), e.Touchpoint) { EventType = e.Purchase ? "purchase" : "view", Value = e.Purchase ? 50 : null });

    private static readonly JourneyMap Map = JourneyAnalyzer.Analyze(HandMade());

    [Fact]
    public void Analyze_HandMadeLog_CutsTheKnownJourneys()
    {
        var o = Map.Overall;
        Assert.Equal(JourneySplit.Purchase, Map.Split);
        Assert.Equal(6, o.Journeys);
        Assert.Equal(3, o.Customers);
        Assert.Equal(4, o.ConvertingJourneys);
        Assert.Equal(17, o.Events); // C's first delivery is in no journey
        Assert.Equal(1, Map.EventsOutsideJourneys);
        Assert.Equal(["delivery", "support"], Map.PostPurchaseTouchpoints);
        Assert.Contains("30 days without a touch", Map.Counting, StringComparison.Ordinal);
        Assert.Contains("1 post-purchase event with no journey before it is in no journey", Map.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_HandMadeLog_PathsRunToThePurchaseWithRepeatsCollapsed()
    {
        var paths = Map.Overall.Variants.Select(v => (string.Join(" > ", v.Path), v.Conversions)).ToArray();
        Assert.Equal(
            [
                ("social_ads > search > website", 0L), ("newsletter > website", 1), ("search > website", 1),
                ("search > comparison_sites", 0), ("store", 1), ("app", 1),
            ],
            paths);
        var p = Map.Overall.Paths;
        Assert.Equal(4, p.ConvertingJourneys);
        Assert.Equal(2, p.AbandonedJourneys);
        Assert.Equal(["social_ads", "search", "website"], p.Typical!.Path); // 1 of 6 journeys: at least 10%
        Assert.Equal(["newsletter", "website"], p.TypicalConverting!.Path);
        Assert.Equal(0.25, p.TypicalConverting.Share, 12);
        Assert.Equal(0.5, p.TypicalAbandoned!.Share, 12);
        Assert.Equal(("search", 2L), (p.Entries[0].Touchpoint, p.Entries[0].Count));
        Assert.Equal([("website", 2L), ("store", 1L), ("app", 1L)], p.PurchaseTouchpoints.Select(s => (s.Touchpoint, s.Count)));
        // The delivery belongs to B's first journey: its raw events are search, website, website, delivery.
        Assert.NotNull(Map.Overall.Dfg.Edge("website", "delivery"));
        Assert.Null(Map.Overall.Dfg.Edge("delivery", "search"));
    }

    [Fact]
    public void Analyze_HandMadeLog_StageFunnelCountsCustomersByTheFurthestStage()
    {
        // A bought (no after-sales touch), B bought and got a delivery, C bought twice.
        var funnel = Map.Overall.StageFunnel.Steps;
        Assert.Equal(["need recognition", "information search", "purchase decision", "bought", "post-purchase", "repurchase"], funnel.Select(s => s.Step));
        Assert.Equal([3L, 3, 3, 3, 2, 1], funnel.Select(s => s.Count));
        Assert.Equal(funnel.Select(s => s.Count).Where((_, i) => i != 3), Map.Overall.Stages.Select(s => s.Reached));
        Assert.Equal(1.0, Map.Overall.Findings.BuyingShare!.Value, 12);
        Assert.Equal(1.0 / 3, Map.Overall.Findings.RepurchaseShare!.Value, 12);
        Assert.Contains("a second purchase", Map.StageFunnelRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_HandMadeLog_AttributionUsesConversionJourneysWithoutPostPurchaseTouches()
    {
        var a = Map.Overall.Attribution;
        Assert.Equal(6, a.Paths);
        Assert.Equal(4, a.Conversions);
        Assert.Equal(2, a.Nulls);
        Assert.Equal(new Dictionary<string, double> { ["newsletter"] = 1, ["search"] = 1, ["store"] = 1, ["app"] = 1 }, a.FirstTouch.Conversions.Where(kv => kv.Value > 0).ToDictionary());
        Assert.Equal(new Dictionary<string, double> { ["website"] = 2, ["store"] = 1, ["app"] = 1 }, a.LastTouch.Conversions.Where(kv => kv.Value > 0).ToDictionary());
        Assert.DoesNotContain("delivery", a.Markov.Conversions.Keys);
        Assert.DoesNotContain("support", a.Markov.Conversions.Keys);
        Assert.Contains("post-purchase touches (delivery, support)", Map.AttributionRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PostPurchaseTouchpointsOption_ReplacesTheStageMapping()
    {
        // With no post-purchase touchpoints, deliveries are ordinary touches: one starts a journey, another follows a purchase.
        var map = JourneyAnalyzer.Analyze(HandMade(), new JourneyOptions { PostPurchaseTouchpoints = [] });
        Assert.Empty(map.PostPurchaseTouchpoints);
        Assert.Equal(0, map.EventsOutsideJourneys);
        Assert.Equal(7, map.Overall.Journeys);
        Assert.Contains("delivery", map.Overall.Attribution.FirstTouch.Conversions.Keys);
    }

    [Fact]
    public void Analyze_APurchaseRightAfterAPurchase_StartsAJourneyWithoutTouches()
    {
        var log = EventLogReader.FromEvents(Events("D", ("store", 0, false), ("store", 1, true), ("store", 2, true)));
        var o = JourneyAnalyzer.Analyze(log).Overall;
        Assert.Equal(2, o.Journeys);
        Assert.Equal(2, o.ConvertingJourneys);
        Assert.Equal(1, o.ConversionsWithoutTouches);
        Assert.Equal(1.0, o.Findings.RepurchaseShare!.Value, 12);
    }

    [Fact]
    public void Analyze_SplittingOff_KeepsTheWholeHistoryAndEveryEvent()
    {
        var map = JourneyAnalyzer.Analyze(HandMade(), new JourneyOptions { Split = JourneySplit.PerCustomer });
        Assert.Equal(3, map.Overall.Journeys);
        Assert.Equal(18, map.Overall.Events);
        Assert.Contains("no splitting", map.Counting, StringComparison.Ordinal);
        Assert.Contains("paths keep every event", map.Counting, StringComparison.Ordinal);
        Assert.Equal(6, map.Overall.Variants[0].Path.Count);
    }

    [Fact]
    public void Analyze_JourneyIds_KeepEachJourneyWholeEvenWhenItsEventsInterleave()
    {
        // Two orders of one customer in parallel: o1 starts first, o2's events fall between o1's.
        var events = new[]
        {
            new TouchpointEvent("c", T0, "search") { JourneyId = "o1" },
            new TouchpointEvent("c", T0.AddHours(1), "app") { JourneyId = "o2" },
            new TouchpointEvent("c", T0.AddHours(2), "website") { JourneyId = "o1", EventType = "purchase" },
            new TouchpointEvent("c", T0.AddHours(3), "app") { JourneyId = "o2", EventType = "purchase" },
        };
        var map = JourneyAnalyzer.Analyze(EventLogReader.FromEvents(events));
        Assert.Equal(JourneySplit.JourneyColumn, map.Split);
        Assert.Equal([["search", "website"], ["app", "app"]], map.Overall.Variants.Select(v => v.Path.ToArray()));
        Assert.Throws<ArgumentException>(() => JourneyAnalyzer.Analyze(HandMade(), new JourneyOptions { Split = JourneySplit.JourneyColumn }));
    }
}
