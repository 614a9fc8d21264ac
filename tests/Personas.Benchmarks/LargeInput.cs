using System.Diagnostics;
using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Journeys;
using Personas.Segmentation;

namespace Personas.Benchmarks;

/// <summary>
/// The large-input benchmark: generates (not committed) a customer file of N rows x 20 numeric columns and
/// an event log of M events in a scratch folder, then runs read -> features -> one k-means fit (k = 8) and
/// read -> journey analysis, printing time and memory per stage as a Markdown table.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project tests/Personas.Benchmarks -- large-input [--customers N] [--events M] [--dir D] [--keep]</c>
/// (defaults 10,000,000 and 100,000,000; 0 skips that part). Run each size in its own process so that the peaks
/// are not mixed. The scratch folder should be on disk, not tmpfs (a tmpfs file counts as memory).
/// </remarks>
public static class LargeInput
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">Options (see the remarks).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        long customers = 10_000_000, events = 100_000_000;
        var dir = Path.Combine(Path.GetTempPath(), "personas-large");
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--customers": customers = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--events": events = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--keep": keep = true; break;
                default: Console.Error.WriteLine("unknown option " + args[i]); return 2;
            }
        }

        Directory.CreateDirectory(dir);
        Console.WriteLine($"large-input: {customers:N0} customers x 20 columns, {events:N0} events; {Environment.ProcessorCount} cores; .NET {Environment.Version}; GC server={System.Runtime.GCSettings.IsServerGC}");
        var meter = new LargeStageMeter();
        Console.WriteLine(LargeStageMeter.Header);
        if (customers > 0)
        {
            Customers(meter, dir, customers, keep);
        }

        if (events > 0)
        {
            Events(meter, dir, events, keep);
        }

        return 0;
    }

    private static void Customers(LargeStageMeter meter, string dir, long rows, bool keep)
    {
        var path = Path.Combine(dir, $"customers-{rows}.csv");
        if (!File.Exists(path))
        {
            meter.Run("generate customers.csv", rows, () => { LargeInputData.WriteCustomers(path, rows, 20, 1); return 0; });
        }

        Console.WriteLine($"customers file: {new FileInfo(path).Length / 1048576.0:N0} MiB");
        var table = meter.Run("customers: read", rows, () => CustomerReader.ReadFile(path));
        var features = meter.Run("customers: features", rows, () => FeaturePlan.Learn(table).Transform(table));
        var x = features.Values.ToArray();
        var settings = new KMeansSettings(8, 42, 1, 50, 1e-4, KMeansAlgorithm.Hamerly, KMeansEngine.Native, null);
        var fit = meter.Run("customers: k-means k=8 (1 run)", rows, () => NativeKMeans.Fit(x, features.Rows, features.Columns, settings, CancellationToken.None));
        Console.WriteLine($"k-means: {fit.Iterations} iterations, converged={fit.Converged}, table rows {table.RowCount:N0}, excluded {table.Exclusions.Count:N0}");
        GC.KeepAlive(table);
        if (!keep)
        {
            File.Delete(path);
        }
    }

    private static void Events(LargeStageMeter meter, string dir, long events, bool keep)
    {
        var path = Path.Combine(dir, $"events-{events}.csv");
        if (!File.Exists(path))
        {
            meter.Run("generate events.csv", events, () => { LargeInputData.WriteEvents(path, events, 2); return 0; });
        }

        Console.WriteLine($"events file: {new FileInfo(path).Length / 1048576.0:N0} MiB");
        var log = meter.Run("events: read", events, () => EventLogReader.ReadFile(path));
        var map = meter.Run("events: journey analysis", events, () => JourneyAnalyzer.Analyze(log));
        Console.WriteLine($"events kept {log.Count:N0}, excluded {log.Exclusions.Count:N0}, customers {log.Customers.Count:N0}; journeys analysed ({map.Counting})");
        if (!keep)
        {
            File.Delete(path);
        }
    }
}
