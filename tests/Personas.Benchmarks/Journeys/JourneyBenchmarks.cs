using BenchmarkDotNet.Attributes;
using Personas.Journeys;

namespace Personas.Benchmarks;

/// <summary>
/// Issue 6 speed: 10 million events (1 million customers, 12 touchpoints, paths of 1-30 events) to variants, the
/// directly-follows graph with timings, the stage funnel and first-order Markov attribution (plus the heuristic
/// models). Compare with <c>scripts/bench/journeys_pandas.py</c> on the same data (written by <see cref="WriteData"/>).
/// The job runs with <c>DOTNET_GCConserveMemory=9</c> so that the GC returns large temporary arrays promptly and the
/// peak working set reflects the live data (about 1.9x the columnar size); with default GC settings the peak is higher
/// because large-object garbage is collected lazily.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(JourneyBenchmarkConfig))]
public class JourneyBenchmarks
{
    private SyntheticEventLog _data = null!;
    private EventLog _log = null!;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticEventLog.Generate(Customers);
        _log = _data.ToEventLog();
    }

    /// <summary>From the columnar (binary) log, default options (purchase journeys): paths, journey map, DFG with timings, stage funnel, attribution.</summary>
    [Benchmark]
    public JourneyMap Analyze() => JourneyAnalyzer.Analyze(_log);

    /// <summary>The same with each customer's whole history as one journey (how the log was analysed before purchase journeys became the default; the pandas script does the same).</summary>
    [Benchmark]
    public JourneyMap AnalyzeWholeHistories() => JourneyAnalyzer.Analyze(_log, new JourneyOptions { Split = JourneySplit.PerCustomer });

    /// <summary>Including building and sorting the log from unsorted-capable columns (ids interned).</summary>
    [Benchmark]
    public JourneyMap BuildAndAnalyze()
    {
        var customerIndex = new int[_data.Count];
        for (var c = 0; c < _data.Customers.Length; c++)
        {
            Array.Fill(customerIndex, c, _data.Starts[c], _data.Starts[c + 1] - _data.Starts[c]);
        }

        var log = EventLogReader.FromColumns(_data.Customers, customerIndex, _data.Ticks, SyntheticEventLog.TouchpointNames, _data.Touchpoints, _data.Conversion);
        return JourneyAnalyzer.Analyze(log);
    }

    /// <summary>Writes the benchmark data as raw columns for the pandas script.</summary>
    public static void WriteData(string directory, int customers = 1_000_000) => SyntheticEventLog.Generate(customers).WriteRaw(directory);
}
