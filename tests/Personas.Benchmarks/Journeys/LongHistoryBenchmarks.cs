using BenchmarkDotNet.Attributes;
using Personas.Journeys;

namespace Personas.Benchmarks;

/// <summary>
/// Issue 18: one customer with a very long history. The stage funnel used to match each occurrence of the first stage
/// against the rest of the journey (quadratic: 1 million events of one customer took 19-35 s, 5 million did not finish
/// in 400 s). Now every part is one pass per journey. The same events over 1,000 customers are the reference.
/// Splits: the default (purchase journeys) and <see cref="JourneySplit.PerCustomer"/> (the whole history as one
/// journey, the worst case), with a touchpoint funnel so that the funnel matcher runs too.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(JourneyBenchmarkConfig))]
public class LongHistoryBenchmarks
{
    private static readonly string[] Touchpoints = ["social_ads", "search", "website", "comparison_sites", "newsletter", "app", "store", "chat", "delivery", "support"];

    private EventLog _log = null!;

    [Params(1_000_000, 5_000_000)]
    public int Events { get; set; }

    [Params(1, 1_000)]
    public int Customers { get; set; }

    [Params(JourneySplit.Auto, JourneySplit.PerCustomer)]
    public JourneySplit Split { get; set; }

    [GlobalSetup]
    public void Setup() => _log = Generate(Events, Customers);

    [Benchmark]
    public JourneyMap Analyze() => JourneyAnalyzer.Analyze(_log, new JourneyOptions
    {
        Split = Split,
        Funnels = [new FunnelDefinition("search to store", ["search", "website", "store"]) { MaxStepTime = TimeSpan.FromDays(7) }],
    });

    /// <summary>Events spread evenly over the customers, minutes to hours apart; every tenth touch is a purchase, followed by a delivery.</summary>
    internal static EventLog Generate(int events, int customers, int seed = 42)
    {
        var random = new Random(seed);
        var customerIndex = new int[events];
        var ticks = new long[events];
        var touchpoints = new int[events];
        var conversion = new bool[events];
        var per = events / customers;
        var t = new DateTime(2024, 1, 1).Ticks;
        for (var i = 0; i < events; i++)
        {
            customerIndex[i] = Math.Min(customers - 1, i / per);
            t += random.NextInt64(1, 6 * 60) * TimeSpan.TicksPerMinute;
            ticks[i] = t;
            var purchase = i % 10 == 8;
            var delivery = i % 10 == 9;
            touchpoints[i] = delivery ? 8 : purchase ? random.Next(5, 7) : random.Next(0, 8);
            conversion[i] = purchase;
        }

        var ids = Enumerable.Range(0, customers).Select(c => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return EventLogReader.FromColumns(ids, customerIndex, ticks, Touchpoints, touchpoints, conversion);
    }
}
