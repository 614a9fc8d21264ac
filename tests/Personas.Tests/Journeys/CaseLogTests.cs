using Personas.Journeys;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys;

/// <summary>
/// Process-mining logs keep their case as the journey: the variant and edge counts of Receipt and BPI Challenge 2012
/// are the ones the case-per-journey analysis gave before purchase journeys became the default (whole cases, every
/// event, no collapsing), whether the case ids are recognised, splitting is turned off, or the case is the journey column.
/// </summary>
public class CaseLogTests
{
    private const string Receipt = "event-logs/receipt.csv";
    private const string Bpic = "event-logs/bpic2012.csv.gz";

    private static readonly EventReadOptions Pm4py = new() { CustomerColumn = "case:concept:name", TouchpointColumn = "concept:name", TimestampColumn = "time:timestamp" };

    private static void AssertCounts(JourneyMap map, long journeys, long events, long variants, int edges, long transitions, long topVariant)
    {
        var o = map.Overall;
        Assert.Equal(journeys, o.Journeys);
        Assert.Equal(events, o.Events);
        Assert.Equal(variants, o.VariantCount);
        Assert.Equal(edges, o.Dfg.Edges.Count);
        Assert.Equal(transitions, o.Dfg.Edges.Sum(e => e.Count));
        Assert.Equal(topVariant, o.Variants[0].Count);
    }

    [SharedDataFact(Receipt)]
    public void Analyze_Receipt_CaseIdsKeepEachCaseAsOneJourney()
    {
        var log = EventLogReader.ReadFile(Paths.Shared(Receipt), Pm4py);
        Assert.True(log.IdsAreCases);
        var map = JourneyAnalyzer.Analyze(log);
        Assert.Equal(JourneySplit.PerCustomer, map.Split);
        Assert.Contains("one journey per case", map.Counting, StringComparison.Ordinal);
        AssertCounts(map, 1_434, 8_577, 116, 99, 7_143, 713);
        AssertCounts(JourneyAnalyzer.Analyze(log, new JourneyOptions { Split = JourneySplit.PerCustomer }), 1_434, 8_577, 116, 99, 7_143, 713);
    }

    [SharedDataFact(Receipt)]
    public void Analyze_Receipt_CaseAsJourneyColumn_GivesTheSameCounts()
    {
        var log = EventLogReader.ReadFile(Paths.Shared(Receipt), Pm4py with { CustomerColumn = "customer_id", JourneyColumn = "case:concept:name" });
        Assert.True(log.HasJourneyIds);
        var map = JourneyAnalyzer.Analyze(log);
        Assert.Equal(JourneySplit.JourneyColumn, map.Split);
        AssertCounts(map, 1_434, 8_577, 116, 99, 7_143, 713);
    }

    [SharedDataFact(Bpic)]
    public void Analyze_Bpic2012_CaseIdsKeepEachCaseAsOneJourney()
    {
        var log = EventLogReader.ReadFile(Paths.Shared(Bpic), new EventReadOptions { CustomerColumn = "case_id", TouchpointColumn = "activity" });
        var map = JourneyAnalyzer.Analyze(log);
        Assert.Equal(JourneySplit.PerCustomer, map.Split);
        AssertCounts(map, 13_087, 262_200, 4_366, 125, 249_113, 3_429);
        Assert.Equal(38_004, map.Overall.Dfg.Edge("W_Completeren aanvraag", "W_Completeren aanvraag")!.Count);
    }
}
