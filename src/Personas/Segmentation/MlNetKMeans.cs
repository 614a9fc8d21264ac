using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Personas.Segmentation;

/// <summary>
/// The Microsoft.ML engine: <c>KMeansTrainer</c> with k-means++ initialisation, one trainer run per restart (seeded
/// <see cref="MLContext"/>), best inertia wins. Only the centroids are taken from ML.NET; labels and the exact inertia
/// come from the native nearest-centroid pass, so both engines report comparable numbers.
/// </summary>
internal static class MlNetKMeans
{
    public static KMeansRun Fit(float[] x, int n, int d, KMeansSettings s, CancellationToken ct, Action<double>? progress = null)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, d);
        var master = new Random(s.Seed);
        KMeansRun? best = null;
        for (var r = 0; r < s.Restarts; r++)
        {
            ct.ThrowIfCancellationRequested();
            var ml = new MLContext(seed: master.Next());
            var data = ml.Data.LoadFromEnumerable(Rows(x, n, d), schema);
            var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
            {
                FeatureColumnName = nameof(Row.Features),
                NumberOfClusters = s.K,
                InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
                MaximumNumberOfIterations = s.MaxIterations,
                OptimizationTolerance = (float)s.Tolerance,
                NumberOfThreads = s.MaxDegreeOfParallelism,
            });
            var model = trainer.Fit(data);
            VBuffer<float>[] buffers = [];
            model.Model.GetClusterCentroids(ref buffers, out var k);
            var centroids = new float[s.K * d];
            for (var j = 0; j < k; j++)
            {
                buffers[j].DenseValues().ToArray().CopyTo(centroids, j * d);
            }

            var state = new KMeansState(x, n, d, s.K, s.MaxDegreeOfParallelism, ct);
            var inertia = state.FullAssign(centroids, false);
            if (best is null || inertia < best.Inertia)
            {
                best = new KMeansRun(centroids, state.Labels, inertia, s.MaxIterations, true, 0, r);
            }

            progress?.Invoke((r + 1.0) / s.Restarts);
        }

        return best!;
    }

    private static IEnumerable<Row> Rows(float[] x, int n, int d)
    {
        for (var i = 0; i < n; i++)
        {
            yield return new Row { Features = x.AsSpan(i * d, d).ToArray() };
        }
    }

    /// <summary>One ML.NET input row.</summary>
    private sealed class Row
    {
        public float[] Features { get; set; } = [];
    }
}
