using System.Globalization;
using BenchmarkDotNet.Attributes;
using Personas.Data;
using Personas.Features;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Benchmarks;

/// <summary>
/// Issue 8: at least 5 million assignments per second for 20 numeric features and 8 personas on the 2-core machine,
/// with no per-record allocations in the batch path (<see cref="PersonaModel.AssignAll(FeatureMatrix, Span{int}, Span{float}, Span{float}, Span{bool})"/>).
/// Run: <c>dotnet run -c Release --project tests/Personas.Benchmarks -- --filter *AssignBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class AssignBenchmarks
{
    private PersonaModel _model = null!;
    private FeatureMatrix _features = null!;
    private int[] _index = null!;
    private float[] _distance = null!;
    private float[] _confidence = null!;
    private bool[] _outlier = null!;
    private Dictionary<string, string?> _record = null!;

    /// <summary>Records per batch call.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_model, _features) = AssignBenchmarkData.Create(Rows);
        _index = new int[Rows];
        _distance = new float[Rows];
        _confidence = new float[Rows];
        _outlier = new bool[Rows];
        _record = Enumerable.Range(0, AssignBenchmarkData.Features).ToDictionary(f => "x" + f.ToString(CultureInfo.InvariantCulture), f => (string?)"1.5");
    }

    /// <summary>The batch path: one call over <see cref="Rows"/> encoded records (zero allocations).</summary>
    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public void AssignAllBatch() => _model.AssignAll(_features, _index, _distance, _confidence, _outlier);

    /// <summary>The single-record path from raw text (encodes with the feature plan first).</summary>
    [Benchmark]
    public PersonaAssignment AssignRawRecord() => _model.Assign(_record);
}

/// <summary>A model with 20 numeric features and 8 personas, and an encoded feature matrix to assign.</summary>
public static class AssignBenchmarkData
{
    /// <summary>The number of features.</summary>
    public const int Features = 20;

    /// <summary>The number of personas.</summary>
    public const int Personas = 8;

    /// <summary>Builds the model on 20,000 rows from 8 Gaussian blobs and encodes <paramref name="rows"/> more rows.</summary>
    public static (PersonaModel Model, FeatureMatrix Matrix) Create(int rows)
    {
        var training = Table(20_000, seed: 1);
        var plan = FeaturePlan.Learn(training, new FeatureOptions { AutoLog = false });
        var x = plan.Transform(training);
        var segmentation = Segmenter.Fit(x, new SegmentationOptions { K = Personas, StabilityResamples = 0, Restarts = 2 });
        var set = Profiler.Profile(training, segmentation.Labels, segmentation.K);
        var model = PersonaModel.Create(plan, segmentation, set, DataFingerprint.Compute(training), TimeProvider.System, x);
        return (model, plan.Transform(Table(rows, seed: 2)));
    }

    private static CustomerTable Table(int n, int seed)
    {
        var random = new Random(seed);
        var centres = new double[Personas, Features];
        var centreRandom = new Random(99);
        for (var c = 0; c < Personas; c++)
        {
            for (var f = 0; f < Features; f++)
            {
                centres[c, f] = centreRandom.NextDouble() * 10;
            }
        }

        var columns = new float[Features][];
        for (var f = 0; f < Features; f++)
        {
            columns[f] = new float[n];
        }

        for (var i = 0; i < n; i++)
        {
            var c = random.Next(Personas);
            for (var f = 0; f < Features; f++)
            {
                columns[f][i] = (float)(centres[c, f] + (random.NextDouble() * 2) - 1);
            }
        }

        return new CustomerTable(
            "bench",
            null,
            Enumerable.Range(0, n).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray(),
            Enumerable.Range(2, n).Select(l => (long)l).ToArray(),
            columns.Select((v, f) => CustomerColumn.FromNumbers("x" + f.ToString(CultureInfo.InvariantCulture), ColumnRole.Numeric, v, "numbers")).ToArray(),
            []);
    }
}
