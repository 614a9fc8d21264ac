using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using Personas.Features;
using Personas.Segmentation;

namespace Personas.Benchmarks.Segmentation;

/// <summary>BenchmarkDotNet figures for the k-means kernels on 1,000,000 x 20 floats, k = 8.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class KMeansBenchmarks
{
    private FeatureMatrix _x = null!;
    private float[] _init = [];
    private KMeansState _state = null!;

    /// <summary>Rows.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _x = BenchData.Mixture(Rows, 20, 8, 42);
        _init = KMeansPlusPlus.Seed(_x.Data, Rows, 20, 8, new Random(0), null, CancellationToken.None);
        _state = new KMeansState(_x.Data, Rows, 20, 8, null, CancellationToken.None);
    }

    /// <summary>The memory-bandwidth bound: read every value once (parallel SIMD sum).</summary>
    [Benchmark(Baseline = true)]
    public float MemoryPass()
    {
        var data = _x.Data;
        var blocks = Environment.ProcessorCount * 8;
        var partial = new float[blocks];
        Parallel.For(0, blocks, b =>
        {
            var len = data.Length / blocks;
            var start = b * len;
            partial[b] = TensorPrimitives.Sum(new ReadOnlySpan<float>(data, start, b == blocks - 1 ? data.Length - start : len));
        });
        return partial.Sum();
    }

    /// <summary>One Lloyd pass: nearest centroid for every row plus the per-block sums for the update.</summary>
    [Benchmark]
    public double LloydPass() => _state.FullAssign(_init, false);

    /// <summary>A full fit: k-means++ and up to 50 Hamerly iterations, one restart.</summary>
    [Benchmark]
    public double FullFit() => NativeKMeans.Fit(_x.Data, Rows, 20, new KMeansSettings(8, 42, 1, 50, 1e-4, KMeansAlgorithm.Hamerly, KMeansEngine.Native, null), CancellationToken.None).Inertia;
}
