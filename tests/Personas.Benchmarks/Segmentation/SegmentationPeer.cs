using System.Globalization;
using System.Numerics.Tensors;
using System.Text.Json;
using Personas.Features;
using Personas.Segmentation;

namespace Personas.Benchmarks.Segmentation;

/// <summary>
/// The segmentation speed figures, measured once on given data: the memory-bandwidth bound (one parallel pass
/// reading the matrix), one Lloyd pass, Lloyd per iteration inside a run, a full fit (k-means++ + up to 50
/// iterations, one restart) with each engine, the auto-k sweep k = 2..10 with a 10,000-row silhouette sample, and the
/// bytes allocated by a fit. Writes JSON for scripts/bench/segmentation.py.
/// </summary>
internal static class SegmentationPeer
{
    public static int Run(string[] args)
    {
        var opts = Parse(args);
        var rows = int.Parse(opts.GetValueOrDefault("rows", "1000000"), CultureInfo.InvariantCulture);
        var cols = int.Parse(opts.GetValueOrDefault("cols", "20"), CultureInfo.InvariantCulture);
        var k = int.Parse(opts.GetValueOrDefault("k", "8"), CultureInfo.InvariantCulture);
        var skipMlNet = opts.ContainsKey("skip-mlnet");
        var x = opts.TryGetValue("data", out var path) ? BenchData.Load(path, rows, cols) : BenchData.Mixture(rows, cols, k, 42);
        var (data, n, d) = (x.Data, x.Rows, x.Columns);
        var results = new Dictionary<string, object>
        {
            ["rows"] = n, ["cols"] = d, ["k"] = k, ["threads"] = Environment.ProcessorCount,
            ["matrixMB"] = data.Length * 4.0 / 1e6,
        };
        Say($"data {n} x {d} float32 ({data.Length * 4.0 / 1e6:F0} MB), k = {k}, {Environment.ProcessorCount} cores");

        // Memory-bandwidth bound: one parallel pass that only reads every value (SIMD sum per block), over the same
        // fixed row blocks and the same parallel loop as a Lloyd pass, so both use the cores alike.
        var partial = new float[RowBlocks.Count(n)];
        var (bandwidthMs, bandwidthCpuMs) = Measure.Median(21, () => RowBlocks.For(n, null, CancellationToken.None, b =>
        {
            var (start, end) = RowBlocks.Range(b, n);
            partial[b] = TensorPrimitives.Sum(new ReadOnlySpan<float>(data, start * d, (end - start) * d));
        }));
        results["bandwidthPassMs"] = bandwidthMs;
        results["bandwidthPassCpuMs"] = bandwidthCpuMs;
        results["bandwidthGBs"] = data.Length * 4.0 / 1e6 / bandwidthMs;
        Say($"memory pass (bound): {bandwidthMs:F1} ms = {data.Length * 4.0 / 1e6 / bandwidthMs:F1} GB/s (CPU {bandwidthCpuMs:F1} ms)");

        var init = KMeansPlusPlus.Seed(data, n, d, k, new Random(0), null, CancellationToken.None);
        if (opts.TryGetValue("init-out", out var initPath))
        {
            File.WriteAllBytes(initPath, init.SelectMany(BitConverter.GetBytes).ToArray());
        }

        var state = new KMeansState(data, n, d, k, null, CancellationToken.None);
        var (lloydPassMs, lloydPassCpuMs) = Measure.Median(21, () => state.LloydAssign(init));
        results["lloydPassMs"] = lloydPassMs;
        results["lloydPassCpuMs"] = lloydPassCpuMs;
        results["lloydPassOverBound"] = lloydPassMs / bandwidthMs;
        results["lloydPassOverBoundCpu"] = lloydPassCpuMs / bandwidthCpuMs;
        Say($"one Lloyd pass (assign + sums): {lloydPassMs:F1} ms = {lloydPassMs / bandwidthMs:F2} x the bound (CPU {lloydPassCpuMs:F1} ms = {lloydPassCpuMs / bandwidthCpuMs:F2} x)");

        var lloydSettings = new KMeansSettings(k, 0, 1, 20, 0, KMeansAlgorithm.Lloyd, KMeansEngine.Native, null);
        KMeansRun? lloydRun = null;
        var (lloydRunMs, lloydRunCpuMs) = Measure.Median(3, () => lloydRun = NativeKMeans.Iterate(data, n, d, init, lloydSettings, CancellationToken.None));
        results["lloydIterations"] = lloydRun!.Iterations;
        results["lloydPerIterationMs"] = lloydRunMs / lloydRun.Iterations;
        results["lloydPerIterationCpuMs"] = lloydRunCpuMs / lloydRun.Iterations;
        Say($"Lloyd from the same init, {lloydRun.Iterations} iterations: {lloydRunMs / lloydRun.Iterations:F1} ms per iteration (CPU {lloydRunCpuMs / lloydRun.Iterations:F1} ms)");

        KMeansRun? hamerlyRun = null;
        var (hamerlyRunMs, hamerlyRunCpuMs) = Measure.Median(3, () => hamerlyRun = NativeKMeans.Iterate(data, n, d, init, lloydSettings with { Algorithm = KMeansAlgorithm.Hamerly }, CancellationToken.None));
        results["hamerlyIterations"] = hamerlyRun!.Iterations;
        results["hamerlyPerIterationMs"] = hamerlyRunMs / hamerlyRun.Iterations;
        results["hamerlyPerIterationCpuMs"] = hamerlyRunCpuMs / hamerlyRun.Iterations;
        Say($"Hamerly from the same init, {hamerlyRun.Iterations} iterations: {hamerlyRunMs / hamerlyRun.Iterations:F1} ms per iteration (CPU {hamerlyRunCpuMs / hamerlyRun.Iterations:F1} ms), same labels as Lloyd: {hamerlyRun.Labels.SequenceEqual(lloydRun.Labels)}");

        if (opts.ContainsKey("sweep-only"))
        {
            SweepProfile.Run(x);
            return 0;
        }

        if (opts.ContainsKey("kernels-only"))
        {
            Probe.Run(data, n, d, init, k);
            return 0;
        }

        var fitSettings = new KMeansSettings(k, 42, 1, 50, 1e-4, KMeansAlgorithm.Hamerly, KMeansEngine.Native, null);
        KMeansRun? fit = null;
        var (fitMs, fitCpuMs) = Measure.Median(3, () => fit = NativeKMeans.Fit(data, n, d, fitSettings, CancellationToken.None));
        var before = GC.GetTotalAllocatedBytes(true);
        NativeKMeans.Fit(data, n, d, fitSettings, CancellationToken.None);
        var allocatedMB = (GC.GetTotalAllocatedBytes(true) - before) / 1e6; // one fit, after the warm-up
        results["fitMs"] = fitMs;
        results["fitCpuMs"] = fitCpuMs;
        results["fitInertia"] = fit!.Inertia;
        results["fitIterations"] = fit.Iterations;
        results["fitAllocatedMB"] = allocatedMB;
        Say($"full fit (k-means++ + Hamerly, <= 50 iterations, 1 restart): {fitMs:F0} ms (CPU {fitCpuMs:F0} ms), {fit.Iterations} iterations, inertia {fit.Inertia:F1}, {allocatedMB:F1} MB allocated per fit (an n x k float distance matrix alone would be {(double)n * k * 4 / 1e6:F0} MB)");

        var (lloydFitMs, _) = Measure.Median(3, () => fit = NativeKMeans.Fit(data, n, d, fitSettings with { Algorithm = KMeansAlgorithm.Lloyd }, CancellationToken.None));
        results["fitLloydMs"] = lloydFitMs;
        results["fitLloydInertia"] = fit!.Inertia;
        Say($"full fit with plain Lloyd: {lloydFitMs:F0} ms, inertia {fit.Inertia:F1}");

        if (!skipMlNet)
        {
            KMeansRun? ml = null;
            var (mlMs, mlCpuMs) = Measure.Once(() => ml = MlNetKMeans.Fit(data, n, d, fitSettings with { Engine = KMeansEngine.MlNet }, CancellationToken.None));
            results["fitMlNetMs"] = mlMs;
            results["fitMlNetCpuMs"] = mlCpuMs;
            results["fitMlNetInertia"] = ml!.Inertia;
            Say($"full fit with ML.NET KMeansTrainer (one run, includes building the IDataView): {mlMs:F0} ms, inertia {ml.Inertia:F1}");
        }

        var sweep = new SegmentationOptions { KMin = 2, KMax = 10, Restarts = 1, StabilityResamples = 0, Seed = 42 };
        SegmentationResult? result = null;
        var (sweepMs, sweepCpuMs) = Measure.Once(() => result = Segmenter.Fit(x, sweep));
        results["sweepMs"] = sweepMs;
        results["sweepCpuMs"] = sweepCpuMs;
        results["sweepChosenK"] = result!.K;
        results["sweepSilhouetteSample"] = result.Quality.SilhouetteSampleSize ?? n;
        Say($"auto-k sweep k = 2..10 (1 restart, silhouette on a {result.Quality.SilhouetteSampleSize} row sample, no stability): {sweepMs:F0} ms (CPU {sweepCpuMs:F0} ms), chose k = {result.K}");

        var (fullSweepMs, fullSweepCpuMs) = Measure.Once(() => result = Segmenter.Fit(x, sweep with { StabilityResamples = 10 }));
        results["sweepWithStabilityMs"] = fullSweepMs;
        results["sweepWithStabilityCpuMs"] = fullSweepCpuMs;
        Say($"the same sweep with stability (10 resamples of 80% of 20,000 rows per k): {fullSweepMs:F0} ms, chose k = {result!.K}");

        var json = JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true });
        if (opts.TryGetValue("out", out var outPath))
        {
            File.WriteAllText(outPath, json);
        }
        else
        {
            Say(json);
        }

        return 0;
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var opts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                opts[args[i][2..]] = hasValue ? args[++i] : "true";
            }
        }

        return opts;
    }

    private static void Say(string line) => Console.WriteLine(line);
}
