using Personas;
using Personas.Journeys;
using static Personas.Tests.Journeys.JourneyTestData;

namespace Personas.Tests.Journeys;

public class JourneyAnalyzerTests
{
    private static JourneyMap Analyze(IEnumerable<TouchpointEvent> events, JourneyOptions? options = null) =>
        JourneyAnalyzer.Analyze(EventLogReader.FromEvents(events), options);

    [Fact]
    public void Analyze_SplitAtConversion_GivesARepeatBuyerSeveralJourneys()
    {
        var events = Customer("c1", ("search", 0), ("purchase", 1), ("email", 50), ("purchase", 51), ("email", 100)).ToList();
        var perCustomer = Analyze(events, new JourneyOptions { Split = JourneySplit.PerCustomer });
        var atConversion = Analyze(events, new JourneyOptions { Split = JourneySplit.AtConversion });
        Assert.Equal(1, perCustomer.Overall.Journeys);
        Assert.Equal(JourneySplit.PerCustomer, perCustomer.Split);
        Assert.Equal(3, atConversion.Overall.Journeys);
        Assert.Equal(2, atConversion.Overall.ConvertingJourneys);
        Assert.Contains("each conversion", atConversion.Counting, StringComparison.Ordinal);
        Assert.Contains("one journey per customer", perCustomer.Counting, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_InactivityGapAndLookback_CutAndTrimJourneys()
    {
        var events = Customer("c1", ("tv", 0), ("search", 1), ("search", 24 * 40), ("purchase", (24 * 40) + 1)).ToList();
        var gap = Analyze(events, new JourneyOptions { Split = JourneySplit.InactivityGap, InactivityGap = TimeSpan.FromDays(30) });
        Assert.Equal(2, gap.Overall.Journeys);
        Assert.Contains("30 days", gap.Counting, StringComparison.Ordinal);
        var lookback = Analyze(events, new JourneyOptions { Split = JourneySplit.PerCustomer, LookbackWindow = TimeSpan.FromDays(7) });
        Assert.Equal(2, lookback.EventsOutsideLookback);
        Assert.Equal(2, lookback.Overall.Events);
        Assert.Equal(["search"], lookback.Overall.Attribution.FirstTouch.Conversions.Keys);
    }

    [Fact]
    public void Analyze_CollapseRepeats_MergesVariantsThatDifferOnlyByRepeats()
    {
        var events = Customer("c1", ("a", 0), ("a", 1), ("b", 2)).Concat(Customer("c2", ("a", 0), ("b", 1))).ToList();
        Assert.Equal(2, Analyze(events, new JourneyOptions { CollapseRepeats = false }).Overall.VariantCount);
        Assert.Equal(2, Analyze(events, new JourneyOptions { Split = JourneySplit.PerCustomer }).Overall.VariantCount); // whole histories keep every event
        var collapsed = Analyze(events).Overall; // purchase journeys collapse repeats by default
        Assert.Equal(5, collapsed.Events); // event counts keep every event
        Assert.Equal(3, collapsed.Dfg.Edges.Sum(e => e.Count)); // so does the directly-follows graph (a -> a included)
        Assert.Equal(1, collapsed.VariantCount);
        Assert.Equal(["a", "b"], collapsed.Variants[0].Path);
        Assert.Equal(2, collapsed.Variants[0].Count);
        Assert.Equal(1.0, collapsed.Variants[0].CumulativeShare);
    }

    [Fact]
    public void Analyze_MaxVariants_GroupsTheRestAsOther()
    {
        var events = Enumerable.Range(0, 5).SelectMany(i => Customer("c" + i, ("t" + i, 0))).ToList();
        var s = Analyze(events, new JourneyOptions { MaxVariants = 2 }).Overall;
        Assert.Equal(5, s.VariantCount);
        Assert.Equal(2, s.Variants.Count);
        Assert.Equal(3, s.Other.Variants);
        Assert.Equal(3, s.Other.Count);
        Assert.Equal(0.6, s.Other.Share, 12);
    }

    [Fact]
    public void Analyze_PlantedBottleneckAndLongWait_AreFoundForTheRightPersona()
    {
        var (log, personas) = TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, personaByCustomer: personas);
        Assert.Equal(["P1", "P2"], map.ByPersona.Keys);
        var p1 = map.ByPersona["P1"];
        Assert.Equal("information search", p1.Findings.BottleneckStage);
        Assert.Equal(0.75, p1.Findings.BottleneckDropOffShare, 12);
        Assert.Equal("comparison_sites", p1.Findings.DropOffTouchpoint);
        Assert.Equal(0.75, p1.Findings.NeverConvertShare, 12);
        Assert.Equal(["purchase decision"], p1.Findings.LongWaitStages);
        Assert.Equal(240 * 3600, p1.Stages[2].MedianSecondsToNext!.Value, 6);
        Assert.Empty(map.ByPersona["P2"].Findings.LongWaitStages);
        Assert.Equal(0, map.ByPersona["P2"].Findings.NeverConvertShare);

        var c1 = map.PersonaComparison["P1"];
        Assert.Equal("information search", c1.LosesMostAtStage);
        Assert.Contains(c1.Differences, d => d.Kind == "touchpoint" && d.Item == "comparison_sites" && d.PersonaShare == 1 && d.OtherShare == 0 && d.QValue < 0.05);
        Assert.Contains(c1.Differences, d => d.Kind == "transition" && d.Item == "search -> checkout" && d.PersonaShare < d.OtherShare);
        var sentences = c1.Describe("Premium researchers");
        Assert.Equal("Premium researchers drop off at comparison sites: 100% of their journeys without a purchase end there (75% of their 40 journeys end without one).", sentences[0]);
        Assert.Contains(sentences, s => s.Contains("wait longest after purchase decision (median 10 days)", StringComparison.Ordinal));
        Assert.Equal(["search", "checkout", "purchase"], map.PersonaComparison["P2"].TypicalPath); // paths end at the purchase
    }

    [Fact]
    public void Analyze_Stages_CountReachedContinuedSkipsRegressionsAndUnmapped()
    {
        var events = Customer("c1", ("social_ads", 0), ("checkout", 1), ("search", 2), ("mystery", 3), ("purchase", 4)).ToList();
        var s = Analyze(events).Overall;
        Assert.Equal(1, s.Stages[0].Reached);
        Assert.Equal(1, s.Stages[0].Continued);
        Assert.Equal(3600, s.Stages[0].MedianSecondsToNext!.Value, 6);
        Assert.Equal(1, s.Stages[1].Reached);
        Assert.Contains(s.Skips, m => m.From == "need recognition" && m.To == "purchase decision" && m.Count == 1);
        Assert.Contains(s.Regressions, m => m.From == "purchase decision" && m.To == "information search" && m.Count == 1);
        Assert.Equal(1, s.UnmappedTouchpoints["mystery"]);
        // Stage funnel by the furthest stage reached: the purchase (purchase decision), then bought; no post-purchase touch, no second purchase.
        Assert.Equal(["need recognition", "information search", "purchase decision", "bought", "post-purchase", "repurchase"], s.StageFunnel.Steps.Select(x => x.Step));
        Assert.Equal([1L, 1, 1, 1, 0, 0], s.StageFunnel.Steps.Select(x => x.Count));
    }

    [Fact]
    public void Analyze_StageColumn_WinsOverTheTouchpointMapping()
    {
        // By the mapping, "search" is information search; the column says awareness, so the move skips a stage.
        var events = new[]
        {
            new TouchpointEvent("c1", T0, "search") { Stage = "awareness" },
            new TouchpointEvent("c1", T0.AddHours(1), "web") { Stage = "decision" },
        };
        var s = Analyze(events).Overall;
        Assert.Equal(1, s.Stages[0].Reached);
        Assert.Equal(1, s.Stages[2].Reached);
        Assert.Equal(0, s.Stages[2].Continued); // reached the decision, did not buy
        Assert.Contains(s.Skips, m => m.From == "need recognition" && m.To == "purchase decision");
        Assert.Empty(s.UnmappedTouchpoints);
    }

    [Fact]
    public void Analyze_OwnStageNamesInTheColumn_ReplaceTheDefaultStagesInJourneyOrder()
    {
        var events = new List<TouchpointEvent>();
        for (var i = 0; i < 3; i++)
        {
            // "see" comes first in every journey, then "think", then "do"; the first customer's rows list "do" first.
            events.Add(new TouchpointEvent("c" + i, T0.AddHours(2), "shop") { Stage = "do" });
            events.Add(new TouchpointEvent("c" + i, T0, "ad") { Stage = "see" });
            events.Add(new TouchpointEvent("c" + i, T0.AddHours(1), "web") { Stage = "think" });
        }

        var map = JourneyAnalyzer.Analyze(EventLogReader.FromEvents(events));
        Assert.Equal(["see", "think", "do"], map.StageNames);
        Assert.Equal([3L, 3, 3], map.Overall.StageFunnel.Steps.Select(s => s.Count));
    }

    [Fact]
    public void Analyze_TouchpointFunnels_ClosedOpenDirectlyAndTimeLimit()
    {
        var events = Customer("j1", ("a", 0), ("b", 1), ("c", 2))
            .Concat(Customer("j2", ("a", 0), ("x", 1), ("b", 2)))
            .Concat(Customer("j3", ("b", 0), ("c", 1)))
            .Concat(Customer("j4", ("a", 0), ("b", 240)))
            .ToList();
        string[] steps = ["a", "b", "c"];
        var options = new JourneyOptions
        {
            Funnels =
            [
                new FunnelDefinition("closed", steps),
                new FunnelDefinition("directly", steps) { Mode = FunnelStepMode.Directly },
                new FunnelDefinition("day", steps) { MaxStepTime = TimeSpan.FromDays(1) },
                new FunnelDefinition("open", steps) { Kind = FunnelKind.Open },
            ],
        };
        var f = Analyze(events, options).Overall.Funnels;
        Assert.Equal([3L, 3, 1], f[0].Steps.Select(s => s.Count));
        Assert.Equal([3L, 2, 1], f[1].Steps.Select(s => s.Count));
        Assert.Equal([3L, 2, 1], f[2].Steps.Select(s => s.Count));
        Assert.Equal([3L, 4, 2], f[3].Steps.Select(s => s.Count));
        Assert.Equal(1.0 / 3, f[0].Steps[2].ShareOfFirst, 12);
    }

    [Fact]
    public void Analyze_Attribution_UsesTouchesBeforeTheLastConversionAndCountsConversionsWithoutTouches()
    {
        var events = Customer("c1", ("search", 0), ("email", 1), ("purchase", 2), ("social_ads", 3))
            .Concat(Customer("c2", ("search", 0)))
            .Concat(Customer("c3", ("purchase", 0)))
            .ToList();
        var s = Analyze(events, new JourneyOptions { Split = JourneySplit.PerCustomer }).Overall;
        var a = s.Attribution;
        Assert.Equal(2, a.Paths);
        Assert.Equal(1, a.Conversions);
        Assert.Equal(1, a.Nulls);
        Assert.Equal(100, a.Value);
        Assert.Equal(1, a.FirstTouch.Conversions["search"]);
        Assert.Equal(1, a.LastTouch.Conversions["email"]);
        Assert.DoesNotContain("social_ads", a.FirstTouch.Conversions.Keys);
        Assert.NotNull(a.TimeDecay);
        Assert.Equal(1, s.ConversionsWithoutTouches);
        Assert.Equal(2, s.ConvertingJourneys);
    }

    [Fact]
    public void Analyze_TimeDecay_TouchOneHalfLifeBeforeTheConversionGetsHalfTheWeight()
    {
        // Ages 7 days and 0 with a 7-day half-life: weights 1/2 and 1, normalised to 1/3 and 2/3 of the conversion (value 100).
        var events = Customer("c1", ("search", 0), ("email", 24 * 7), ("purchase", 24 * 7)).ToList();
        var td = Analyze(events).Overall.Attribution.TimeDecay!;
        Assert.Equal(1.0 / 3, td.Conversions["search"], 12);
        Assert.Equal(2.0 / 3, td.Conversions["email"], 12);
        Assert.Equal(200.0 / 3, td.Values!["email"], 9);
    }

    [Fact]
    public void Analyze_SameInput_GivesIdenticalJson()
    {
        var (log, personas) = TwoPersonas();
        var options = new JourneyOptions { Attribution = new() { BootstrapResamples = 20 } };
        var a = JourneyJson.Serialize(JourneyAnalyzer.Analyze(log, options, personas));
        var b = JourneyJson.Serialize(JourneyAnalyzer.Analyze(log, options, personas));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Analyze_UnassignedCustomers_CountOnlyOverall()
    {
        var (log, personas) = TwoPersonas();
        personas.Remove("r0");
        personas.Remove("d0");
        var map = JourneyAnalyzer.Analyze(log, personaByCustomer: personas);
        Assert.Equal(2, map.UnassignedJourneys);
        Assert.Equal(80, map.Overall.Journeys);
        Assert.Equal(39, map.ByPersona["P1"].Journeys);
        Assert.Equal(39, map.ByPersona["P2"].Customers);
    }

    [Fact]
    public void Analyze_EmptyLog_GivesAnEmptySummaryWithoutErrors()
    {
        var log = EventLogReader.FromEvents([new TouchpointEvent("", T0, "a")]);
        var map = JourneyAnalyzer.Analyze(log);
        Assert.Equal(0, map.Overall.Journeys);
        Assert.Equal(1, map.Overall.Excluded);
        Assert.Empty(map.Overall.Variants);
        Assert.Equal(0, map.Overall.Attribution.Markov.ConversionProbability);
        Assert.NotEmpty(JourneyJson.Serialize(map));
    }

    [Fact]
    public void Analyze_ReportsProgressAndHonoursCancellation()
    {
        var (log, personas) = TwoPersonas();
        var stages = new List<string>();
        JourneyAnalyzer.Analyze(log, null, personas, new SyncProgress(p => stages.Add(p.Stage)));
        Assert.Contains("journeys overall", stages);
        Assert.Contains("journeys persona P2", stages);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => JourneyAnalyzer.Analyze(log, cancellationToken: cts.Token));
    }

    [Fact]
    public void Analyze_OneCustomerWithAVeryLongHistory_IsLinearAndCancellable()
    {
        // 2 million events of one customer as one journey: every part is one pass (the stage funnel used to be quadratic).
        const int n = 2_000_000;
        var ticks = new long[n];
        var touchpoints = new int[n];
        var conversion = new bool[n];
        for (var i = 0; i < n; i++)
        {
            ticks[i] = T0.UtcTicks + (i * TimeSpan.TicksPerMinute);
            touchpoints[i] = i % 10 == 8 ? 2 : i % 3;
            conversion[i] = i % 10 == 8;
        }

        var log = EventLogReader.FromColumns(["c"], new int[n], ticks, ["search", "website", "store"], touchpoints, conversion);
        var options = new JourneyOptions { Split = JourneySplit.PerCustomer, Funnels = [new FunnelDefinition("f", ["search", "website", "store"])] };
        var map = JourneyAnalyzer.Analyze(log, options);
        Assert.Equal(n, map.Overall.Events);
        Assert.Equal([1L, 1, 1], map.Overall.Funnels[0].Steps.Select(s => s.Count));
        // Cancel a running analysis part-way. A dedicated thread cancels (a timer needs a free thread-pool thread, which a
        // loaded test run may not have), after a quarter of a warm run's time; shorter delays are tried if it finished first.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        JourneyAnalyzer.Analyze(log, options);
        var delay = Math.Max(1, (int)(watch.ElapsedMilliseconds / 4));
        var cancelled = false;
        for (var attempt = 0; attempt < 6 && !cancelled; attempt++, delay = Math.Max(1, delay / 2))
        {
            using var cts = new CancellationTokenSource();
            var wait = delay;
            var canceller = new Thread(() =>
            {
                Thread.Sleep(wait);
                cts.Cancel();
            });
            canceller.Start();
            try
            {
                JourneyAnalyzer.Analyze(log, options, cancellationToken: cts.Token);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }

            canceller.Join();
        }

        Assert.True(cancelled, "a running analysis of one 2-million-event journey was never cancelled part-way");
    }

    private sealed class SyncProgress(Action<PersonasProgress> report) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value) => report(value);
    }

    [Fact]
    public void Analyze_BadOptions_Throw()
    {
        var (log, _) = TwoPersonas();
        Assert.Throws<OptionValueException>(() => JourneyAnalyzer.Analyze(log, new JourneyOptions { MaxVariants = 0 }));
        Assert.Throws<ArgumentException>(() => JourneyAnalyzer.Analyze(log, new JourneyOptions { Funnels = [new FunnelDefinition("one", ["a"])] }));
    }
}
