using Personas.Data;
using Personas.Features;
using Personas.Journeys;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>A small real pipeline run (customers, personas, journeys, refresh) shared by the tests that need library results.</summary>
internal static class BuildFixture
{
    private static readonly Lazy<Build> Lazy = new(Run);

    public static Build Value => Lazy.Value;

    internal sealed record Build(
        CustomerTable Table, FeatureMatrix Features, SegmentationResult Segmentation, PersonaSet Personas, JourneyMap Journeys, RefreshResult Refresh);

    public sealed class Customer
    {
        [PersonaId]
        public string Id { get; init; } = "";

        public double Income { get; init; }

        public double Spend { get; init; }

        public double Visits { get; init; }
    }

    private static Build Run()
    {
        var customers = Customers(0);
        var table = CustomerReader.FromObjects(customers);
        var plan = FeaturePlan.Learn(table);
        var features = plan.Transform(table);
        var options = new SegmentationOptions { KMin = 2, KMax = 4, StabilityResamples = 3, Restarts = 3 };
        var segmentation = Segmenter.Fit(features, options);
        var personas = Profiler.Profile(table, segmentation.Labels, segmentation.K);
        var personaOf = table.Ids.Select((id, i) => (id, personas.Personas[segmentation.Labels[i]].Id)).ToDictionary(t => t.id, t => t.Item2);
        var journeys = JourneyAnalyzer.Analyze(EventLogReader.FromEvents(Events(customers)), personaByCustomer: personaOf);
        var model = PersonaModel.Create(plan, segmentation, personas, DataFingerprint.Compute(table), TimeProvider.System, features);
        var refresh = PersonaRefresher.Refresh(model, CustomerReader.FromObjects(Customers(1)), new RefreshOptions { Segmentation = options });
        return new Build(table, features, segmentation, personas, journeys, refresh);
    }

    /// <summary>Three planted groups of 80 customers; <paramref name="quarter"/> 1 moves a few customers between groups.</summary>
    private static Customer[] Customers(int quarter)
    {
        var random = new Random(11 + quarter);
        double[][] centres = [[30, 200, 2], [90, 2500, 12], [55, 900, 25]];
        return Enumerable.Range(0, 240).Select(i =>
        {
            var g = i % 3;
            if (quarter == 1 && i % 10 == 0)
            {
                g = (g + 1) % 3;
            }

            return new Customer
            {
                Id = "C" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                Income = centres[g][0] + (random.NextDouble() * 10),
                Spend = centres[g][1] + (random.NextDouble() * 200),
                Visits = centres[g][2] + (random.NextDouble() * 3),
            };
        }).ToArray();
    }

    private static IEnumerable<TouchpointEvent> Events(Customer[] customers)
    {
        var t0 = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
        string[][] paths = [["social_ads", "search", "checkout"], ["email", "search", "checkout", "loyalty"], ["display", "social_ads", "search"]];
        for (var i = 0; i < customers.Length; i++)
        {
            var path = paths[i % 3];
            var length = i % 4 == 0 ? path.Length - 1 : path.Length;
            for (var s = 0; s < length; s++)
            {
                yield return new TouchpointEvent(customers[i].Id, t0.AddHours((i * 5) + s), path[s])
                {
                    EventType = path[s] == "checkout" ? "purchase" : null,
                    Value = path[s] == "checkout" ? 50 : null,
                };
            }
        }
    }
}
