using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

public class KMeansTests
{
    private static SegmentationOptions Fixed(int k, int? threads = null) => new()
    {
        K = k, Restarts = 3, StabilityResamples = 0, MaxDegreeOfParallelism = threads, SilhouetteExactLimit = 2000, SilhouetteSampleSize = 1000,
    };

    [Fact]
    public void Fit_WithSameSeed_GivesIdenticalLabels()
    {
        var (x, _) = SegmentationTestData.Mixture(1500, 4, 6, seed: 1, spread: 2.5);
        var a = Segmenter.Fit(x, Fixed(4));
        var b = Segmenter.Fit(x, Fixed(4));
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Quality.Inertia, b.Quality.Inertia);
    }

    [Fact]
    public void Fit_OnOneOrManyThreads_GivesBitIdenticalResults()
    {
        // 20,000 rows span three row blocks, so the fixed-order reduction is exercised.
        var (x, _) = SegmentationTestData.Mixture(20_000, 5, 3, seed: 2, spread: 3);
        var one = Segmenter.Fit(x, Fixed(5, threads: 1) with { Restarts = 2 });
        var many = Segmenter.Fit(x, Fixed(5, threads: 4) with { Restarts = 2 });
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Quality.Inertia, many.Quality.Inertia);
        for (var j = 0; j < 5; j++)
        {
            Assert.Equal(one.Centroids[j], many.Centroids[j]);
        }
    }

    [Fact]
    public void Hamerly_And_Lloyd_FromSameSeeds_ReachSameClustering()
    {
        var (x, _) = SegmentationTestData.Mixture(10_000, 6, 4, seed: 3, spread: 3.5);
        var lloyd = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, new KMeansSettings(6, 9, 1, 300, 0, KMeansAlgorithm.Lloyd, KMeansEngine.Native, null), default);
        var hamerly = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, new KMeansSettings(6, 9, 1, 300, 0, KMeansAlgorithm.Hamerly, KMeansEngine.Native, null), default);
        Assert.Equal(lloyd.Labels, hamerly.Labels);
        Assert.Equal(lloyd.Inertia, hamerly.Inertia, lloyd.Inertia * 1e-6);
        Assert.Equal(lloyd.Iterations, hamerly.Iterations);
    }

    [Fact]
    public void Iterate_WithDuplicateInitialCentroids_RelocatesEmptyClusters()
    {
        var (x, _) = SegmentationTestData.Mixture(2000, 3, 2, seed: 4);
        var init = new float[3 * 2];
        Array.Copy(x.Data, 0, init, 0, 2);
        Array.Copy(x.Data, 0, init, 2, 2); // centroid 1 duplicates centroid 0: it starts empty
        Array.Copy(x.Data, 0, init, 4, 2); // and so does centroid 2
        var run = NativeKMeans.Iterate(x.Data, x.Rows, 2, init, new KMeansSettings(3, 1, 1, 300, 0, KMeansAlgorithm.Hamerly, KMeansEngine.Native, 1), default);
        Assert.True(run.Relocations >= 2);
        Assert.All(Enumerable.Range(0, 3), j => Assert.Contains(j, run.Labels));
    }

    [Fact]
    public void Iterate_ConvergesByRelativeInertia_StoppingEarlierWithLooserTolerance()
    {
        var (x, _) = SegmentationTestData.Mixture(5000, 8, 4, seed: 5, spread: 4);
        var init = KMeansPlusPlus.Seed(x.Data, x.Rows, 4, 8, new Random(3), null, default);
        var loose = NativeKMeans.Iterate(x.Data, x.Rows, 4, init, new KMeansSettings(8, 1, 1, 300, 1e-2, KMeansAlgorithm.Lloyd, KMeansEngine.Native, null), default);
        var strict = NativeKMeans.Iterate(x.Data, x.Rows, 4, init, new KMeansSettings(8, 1, 1, 300, 0, KMeansAlgorithm.Lloyd, KMeansEngine.Native, null), default);
        Assert.True(loose.Converged && strict.Converged);
        Assert.True(loose.Iterations < strict.Iterations, $"{loose.Iterations} vs {strict.Iterations}");
        Assert.True(strict.Inertia <= loose.Inertia);
        Assert.True(loose.Inertia <= strict.Inertia * 1.05);
    }

    [Fact]
    public void Fit_MoreRestarts_NeverWorseInertia()
    {
        var (x, _) = SegmentationTestData.Mixture(1500, 10, 3, seed: 6, spread: 3);
        var one = Segmenter.Fit(x, Fixed(10) with { Restarts = 1 });
        var ten = Segmenter.Fit(x, Fixed(10) with { Restarts = 10 });
        Assert.True(ten.Quality.Inertia <= one.Quality.Inertia);
    }

    [Fact]
    public void Fit_LabelsAreCanonical_LargestFirstAndNearestCentroid()
    {
        var (x, _) = SegmentationTestData.Mixture(4000, 4, 3, seed: 8, spread: 1.5, weights: [1, 4, 2, 3]);
        var r = Segmenter.Fit(x, Fixed(4));
        for (var j = 1; j < r.K; j++)
        {
            Assert.True(r.Sizes[j - 1] >= r.Sizes[j]);
        }

        for (var i = 0; i < x.Rows; i += 50)
        {
            var row = x.Row(i).ToArray();
            var best = Enumerable.Range(0, r.K).MinBy(j => Enumerable.Range(0, 3).Sum(f => Math.Pow(row[f] - r.Centroids[j][f], 2)));
            Assert.Equal(best, r.Labels[i]);
        }
    }

    [Fact]
    public void Canonical_EqualSizes_OrderedByCentroid()
    {
        var (centroids, labels) = Canonical.Order([5, 5, 1, 1], [0, 1, 0, 1], 2, 2);
        Assert.Equal([1f, 1, 5, 5], centroids);
        Assert.Equal([1, 0, 1, 0], labels);
    }

    [Fact]
    public void KMeansPlusPlus_IsSeeded_AndPicksDistinctRows()
    {
        var (x, _) = SegmentationTestData.Mixture(1000, 5, 2, seed: 9);
        var a = KMeansPlusPlus.Seed(x.Data, x.Rows, 2, 5, new Random(1), 1, default);
        var b = KMeansPlusPlus.Seed(x.Data, x.Rows, 2, 5, new Random(1), null, default);
        Assert.Equal(a, b);
        Assert.Equal(5, Enumerable.Range(0, 5).Select(j => (a[j * 2], a[(j * 2) + 1])).Distinct().Count());
    }
}
