using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

/// <summary>k-means++ restarts on a seeded sample, the best start refined on all rows (<see cref="SegmentationOptions.RestartSampleSize"/>).</summary>
public class RestartSampleTests
{
    private static KMeansSettings Settings(int k, int sample, int? threads = null, int restarts = 10) =>
        new(k, 11, restarts, 300, 1e-4, KMeansAlgorithm.Hamerly, KMeansEngine.Native, threads, sample);

    [Fact]
    public void Fit_AtOrBelowRestartSampleSize_IsTheAllRowsFit()
    {
        var (x, _) = SegmentationTestData.Mixture(3000, 4, 5, seed: 4, spread: 2);
        var all = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(4, 0, restarts: 4), default);
        var same = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(4, 3000, restarts: 4), default);
        Assert.Equal(all.Labels, same.Labels);
        Assert.Equal(all.Centroids, same.Centroids);
        Assert.Equal(all.Inertia, same.Inertia);
    }

    [Fact]
    public void Fit_OnSample_InertiaWithinATenthOfAPercentOfAllRowRestarts()
    {
        // Overlapping clusters: local optima differ, so the restarts matter.
        var (x, _) = SegmentationTestData.Mixture(40_000, 6, 8, seed: 5, spread: 1.2);
        foreach (var k in new[] { 3, 6, 8 })
        {
            var all = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(k, 0), default);
            var sampled = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(k, 2000), default);
            Assert.True(sampled.Inertia <= all.Inertia * 1.001, $"k = {k}: inertia {sampled.Inertia} on sample restarts, {all.Inertia} on all rows");
            Assert.Equal(x.Rows, sampled.Labels.Length);
        }
    }

    [Fact]
    public void Fit_OnSample_OneOrManyThreads_BitIdentical()
    {
        // 30,000 rows: four row blocks for the refinement; a 9,000-row sample: two blocks for the restarts.
        var (x, _) = SegmentationTestData.Mixture(30_000, 5, 4, seed: 6, spread: 2);
        var one = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(5, 9000, threads: 1, restarts: 3), default);
        var many = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(5, 9000, threads: 4, restarts: 3), default);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Centroids, many.Centroids);
        Assert.Equal(one.Inertia, many.Inertia);
        Assert.Equal(one.Restart, many.Restart);
    }

    [Fact]
    public void Fit_OnSample_IsSeeded()
    {
        var (x, _) = SegmentationTestData.Mixture(12_000, 4, 3, seed: 7, spread: 2);
        var a = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(4, 1000), default);
        var b = NativeKMeans.Fit(x.Data, x.Rows, x.Columns, Settings(4, 1000), default);
        Assert.Equal(a.Centroids, b.Centroids);
        Assert.Equal(a.Labels, b.Labels);
    }

    [Fact]
    public void SampleRows_AreDistinctAscendingAndCoverTheRange()
    {
        var rows = NativeKMeans.SampleRows(1000, 300, new Random(3));
        Assert.Equal(300, rows.Length);
        Assert.Equal(rows.Distinct().OrderBy(r => r), rows);
        Assert.All(rows, r => Assert.InRange(r, 0, 999));
        Assert.Contains(rows, r => r < 100);
        Assert.Contains(rows, r => r >= 900);
        Assert.Equal(Enumerable.Range(0, 50), NativeKMeans.SampleRows(50, 50, new Random(1)));
    }

    [Fact]
    public void Options_RestartSampleSize_ValidatedAndDefaulted()
    {
        Assert.Equal(50_000, new SegmentationOptions().RestartSampleSize);
        new SegmentationOptions { RestartSampleSize = 0 }.Validate();
        var e = Assert.Throws<OptionValueException>(() => new SegmentationOptions { RestartSampleSize = 5 }.Validate());
        Assert.Contains("RestartSampleSize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmenterFit_LargeInput_UsesSampleRestarts_SameChoiceOnOneOrManyThreads()
    {
        var (x, _) = SegmentationTestData.Mixture(24_000, 4, 4, seed: 8, spread: 2.5);
        var options = new SegmentationOptions { KMax = 5, RestartSampleSize = 3000, StabilityResamples = 2, SilhouetteExactLimit = 1000, SilhouetteSampleSize = 1000 };
        var one = Segmenter.Fit(x, options with { MaxDegreeOfParallelism = 1 });
        var many = Segmenter.Fit(x, options with { MaxDegreeOfParallelism = 3 });
        Assert.Equal(one.K, many.K);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.KSelection.Scores.Select(s => s.Inertia), many.KSelection.Scores.Select(s => s.Inertia));
    }
}
