using System.Diagnostics;
using Personas.Features;
using Personas.Segmentation;

namespace Personas.Benchmarks.Segmentation;

/// <summary>Where the auto-k sweep's time goes: wall-clock time spent in each stage the segmenter reports.</summary>
internal static class SweepProfile
{
    public static void Run(FeatureMatrix x)
    {
        var sweep = new SegmentationOptions { KMin = 2, KMax = 10, Restarts = 1, StabilityResamples = 0, Seed = 42 };
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        var sw = Stopwatch.StartNew();
        var stage = "start";
        var last = 0.0;
        var progress = new SyncProgress(p =>
        {
            var now = sw.Elapsed.TotalMilliseconds;
            times[stage] = times.GetValueOrDefault(stage) + (now - last);
            last = now;
            stage = p.Stage;
        });
        var result = Segmenter.Fit(x, sweep, progress);
        times[stage + " (to end)"] = sw.Elapsed.TotalMilliseconds - last;
        foreach (var (name, ms) in times)
        {
            Console.WriteLine($"  {name,-24} {ms,8:F0} ms");
        }

        Console.WriteLine($"sweep total {sw.Elapsed.TotalMilliseconds:F0} ms, chose k = {result.K}");
        var (data, n, d) = (x.Data, x.Rows, x.Columns);
        for (var k = 4; k <= 10; k += 6)
        {
            var settings = Segmenter.Settings(sweep, k);
            KMeansRun? run = null;
            float[]? init = null;
            Time($"k={k} moments", () => KMeansState.Moments(data, n, d, null, CancellationToken.None));
            Time($"k={k} k-means++", () => init = KMeansPlusPlus.Seed(data, n, d, k, new Random(1), null, CancellationToken.None));
            Time($"k={k} fit", () => run = NativeKMeans.Fit(data, n, d, settings, CancellationToken.None));
            Console.WriteLine($"  iterations {run!.Iterations}");
            int[]? labels = null;
            Time($"k={k} canonical", () => labels = Canonical.Order(run.Centroids, run.Labels, k, d).Labels);
            Time($"k={k} silhouette", () => SilhouetteScore.Compute(data, n, d, labels!, k, sweep, CancellationToken.None));
            var m = 10_000;
            var sub = data.AsSpan(0, m * d).ToArray();
            var subLabels = labels!.AsSpan(0, m).ToArray();
            for (var rep = 0; rep < 3; rep++)
            {
                Time($"k={k} kernel 1 thread", () => SilhouetteKernel.Samples(sub, m, d, subLabels, k, 1, CancellationToken.None));
                Time($"k={k} kernel 2 threads", () => SilhouetteKernel.Samples(sub, m, d, subLabels, k, null, CancellationToken.None));
            }

            Time($"k={k} CH", () => ClusterMetrics.CalinskiHarabasz(x, labels!));
            Time($"k={k} DB", () => ClusterMetrics.DaviesBouldin(x, labels!));
        }
    }

    private static void Time(string name, Action a)
    {
        var sw = Stopwatch.StartNew();
        a();
        Console.WriteLine($"  {name,-24} {sw.Elapsed.TotalMilliseconds,8:F0} ms");
    }

    private sealed class SyncProgress(Action<PersonasProgress> report) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value) => report(value);
    }
}
