namespace Personas.Journeys;

/// <summary>The journeys of all customers and of each persona: variants, directly-follows graph, stage funnel, bottlenecks and attribution.</summary>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record JourneyMap
{
    /// <summary>Where the events came from (the event log's <see cref="EventLog.Source"/>).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>How journeys were counted, in words (stated in every output).</summary>
    public required string Counting { get; init; }

    /// <summary>The journey split used (<see cref="JourneySplit.Auto"/> resolved).</summary>
    public required JourneySplit Split { get; init; }

    /// <summary>How the stage funnel counts, in words (stated with every funnel).</summary>
    public required string StageFunnelRule { get; init; }

    /// <summary>Which journeys and touches attribution uses, in words (stated with every attribution).</summary>
    public required string AttributionRule { get; init; }

    /// <summary>The touchpoints with post-purchase events (<see cref="JourneyOptions.PostPurchaseTouchpoints"/> or the stages): they end journeys' paths and get no conversion credit.</summary>
    public required IReadOnlyList<string> PostPurchaseTouchpoints { get; init; }

    /// <summary>Post-purchase events with no journey before them (in no journey; see <see cref="Counting"/>).</summary>
    public required long EventsOutsideJourneys { get; init; }

    /// <summary>The stage names in order.</summary>
    public required IReadOnlyList<string> StageNames { get; init; }

    /// <summary>Events sharing a timestamp with the previous event of the same customer (kept in sequence/input order).</summary>
    public required long Ties { get; init; }

    /// <summary>Events left out by the lookback window.</summary>
    public required long EventsOutsideLookback { get; init; }

    /// <summary>Every journey.</summary>
    public required JourneySummary Overall { get; init; }

    /// <summary>The journeys of each persona, ordered by persona id (empty without assignments).</summary>
    public required IReadOnlyDictionary<string, JourneySummary> ByPersona { get; init; }

    /// <summary>Each persona compared with the other personas, ordered by persona id (empty without assignments).</summary>
    public required IReadOnlyDictionary<string, PersonaJourneyComparison> PersonaComparison { get; init; }

    /// <summary>Journeys of customers without a persona assignment (counted only in <see cref="Overall"/>).</summary>
    public required long UnassignedJourneys { get; init; }
}
