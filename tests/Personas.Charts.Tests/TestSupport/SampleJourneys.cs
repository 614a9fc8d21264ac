using Personas.Journeys;
using Personas.Samples;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>The generated sample's journeys with the default options, by each customer's planted persona.</summary>
internal static class SampleJourneys
{
    private static readonly Lazy<JourneyMap> Lazy = new(() =>
    {
        var data = SampleGenerator.Generate();
        var events = data.Events.Select(e => new TouchpointEvent(e.CustomerId, e.Timestamp, e.Touchpoint) { Stage = e.Stage, EventType = e.EventType, Value = e.Value });
        return JourneyAnalyzer.Analyze(EventLogReader.FromEvents(events), personaByCustomer: data.Customers.ToDictionary(c => c.CustomerId, c => c.Persona));
    });

    public static JourneyMap Map => Lazy.Value;
}
