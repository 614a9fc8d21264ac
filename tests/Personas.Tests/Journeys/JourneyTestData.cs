using Personas.Journeys;
using Personas.Tests.Samples;

namespace Personas.Tests.Journeys;

/// <summary>Small hand-made event logs for journey tests.</summary>
internal static class JourneyTestData
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<JourneyMap> SampleLazy = new(() =>
    {
        var data = SampleFixture.Quarter0;
        var events = data.Events.Select(e => new TouchpointEvent(e.CustomerId, e.Timestamp, e.Touchpoint) { Stage = e.Stage, EventType = e.EventType, Value = e.Value });
        return JourneyAnalyzer.Analyze(EventLogReader.FromEvents(events), personaByCustomer: data.Customers.ToDictionary(c => c.CustomerId, c => c.Persona));
    });

    /// <summary>The sample data's journeys with the default options, by each customer's planted persona (the generator's truth).</summary>
    public static JourneyMap Sample => SampleLazy.Value;

    /// <summary>Events of one customer: (touchpoint, hours after T0); "purchase" is a conversion.</summary>
    public static IEnumerable<TouchpointEvent> Customer(string id, params (string Touchpoint, double Hours)[] events) =>
        events.Select(e => new TouchpointEvent(id, T0.AddHours(e.Hours), e.Touchpoint) { EventType = e.Touchpoint == "purchase" ? "purchase" : "visit", Value = e.Touchpoint == "purchase" ? 100 : null });

    /// <summary>
    /// Two personas. P1 "researchers" (40): social_ads > search > comparison_sites, and only 10 of them go on to
    /// checkout > purchase, then wait 10 days for delivery. P2 "deciders" (40): search > checkout > purchase > delivery an
    /// hour later. Planted: P1 drops off at comparison_sites (75% never purchase), loses most at information search,
    /// waits long after purchase decision; comparison_sites is much more frequent in P1.
    /// </summary>
    public static (EventLog Log, Dictionary<string, string> Personas) TwoPersonas()
    {
        var events = new List<TouchpointEvent>();
        var personas = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            var id = "r" + i;
            personas[id] = "P1";
            var path = new List<(string, double)> { ("social_ads", 0), ("search", 1), ("comparison_sites", 3) };
            if (i < 10)
            {
                path.AddRange([("checkout", 5), ("purchase", 5.5), ("delivery", 5.5 + 240)]);
            }

            events.AddRange(Customer(id, [.. path]));
        }

        for (var i = 0; i < 40; i++)
        {
            var id = "d" + i;
            personas[id] = "P2";
            events.AddRange(Customer(id, ("search", 0), ("checkout", 2), ("purchase", 2.5), ("delivery", 3.5)));
        }

        return (EventLogReader.FromEvents(events), personas);
    }
}
