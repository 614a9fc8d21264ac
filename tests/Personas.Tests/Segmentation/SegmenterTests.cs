using Personas.Data;
using Personas.Features;
using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

public class SegmenterTests
{
    private static readonly SegmentationOptions Quick = new() { Restarts = 3, KMax = 7 };

    [Fact]
    public void Fit_AutoK_RecoversPlantedMixture()
    {
        var (x, truth) = SegmentationTestData.Mixture(1000, 4, 5, seed: 11, spread: 1.2);
        var r = Segmenter.Fit(x, Quick);
        Assert.Equal(4, r.K);
        Assert.True(ClusterMetrics.AdjustedRandIndex(truth, r.Labels) >= 0.85);
        Assert.Equal(6, r.KSelection.Scores.Count);
        Assert.All(r.KSelection.Scores, s => Assert.InRange(s.Stability, -1, 1));
        Assert.Contains("highest silhouette", r.KSelection.Rule, StringComparison.Ordinal);
        Assert.Empty(r.Quality.Warnings);
    }

    [Fact]
    public void Fit_StructurelessData_ReportsWeakStructure()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 800 * 3).Select(_ => (float)random.NextDouble()).ToArray();
        var x = new FeatureMatrix(values, 800, 3, ["a", "b", "c"]);
        var r = Segmenter.Fit(x, Quick);
        Assert.Contains(r.Quality.Warnings, w => w.StartsWith("Weak structure", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.StartsWith("Weak structure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.231, 0.978, "silhouette 0.231 is below 0.25, although the personas are stable (stability 0.978)", "tendencies")]
    [InlineData(0.1, 0.5, "silhouette 0.1 is below 0.25 and stability 0.5 is below 0.75", "tendencies")]
    [InlineData(0.4, 0.6, "stability 0.6 is below 0.75 (the personas change when customers are resampled), although silhouette is 0.4", "different personas")]
    [InlineData(0.2, double.NaN, "silhouette 0.2 is below 0.25.", "tendencies")]
    public void WeakStructureWarning_NamesOnlyTheWeakMeasure(double silhouette, double stability, string expected, string meaning)
    {
        var text = Segmenter.WeakStructureWarning(silhouette, stability);
        Assert.StartsWith("Weak structure: ", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains(meaning, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_WhenNoKQualifies_FallsBackToMostStableWithWarning()
    {
        var (x, _) = SegmentationTestData.Mixture(600, 3, 2, seed: 12);
        var r = Segmenter.Fit(x, Quick with { MinStability = 1.01, KMax = 4 });
        var mostStable = r.KSelection.Scores.OrderByDescending(s => s.Stability).ThenByDescending(s => s.Silhouette).First();
        Assert.Equal(mostStable.K, r.K);
        Assert.Contains(r.Warnings, w => w.StartsWith("No k met the selection rule", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_AutoKWithoutResampling_ChoosesBySilhouetteWithoutFallbackWarning()
    {
        var (x, _) = SegmentationTestData.Mixture(600, 3, 2, seed: 12, spread: 0.5);
        var r = Segmenter.Fit(x, Quick with { KMax = 5, StabilityResamples = 0 });
        Assert.All(r.KSelection.Scores, s => Assert.True(double.IsNaN(s.Stability)));
        Assert.Equal(r.KSelection.Scores.MaxBy(s => s.Silhouette)!.K, r.K);
        Assert.DoesNotContain(r.Warnings, w => w.StartsWith("No k met", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_AutoK_SkipsKWithTinyCluster()
    {
        // Three blobs plus 6 far-away "whales" (0.4%): k = 4 isolates the whales and must not win.
        var (x, truth) = WithWhales(1500, 6);
        var r = Segmenter.Fit(x, Quick with { KMax = 5 });
        Assert.Equal(3, r.K);
        var four = r.KSelection.Scores.Single(s => s.K == 4);
        Assert.True(four.SmallestShare < 0.03);
        Assert.True(ClusterMetrics.AdjustedRandIndex(truth.Take(1500).ToArray(), r.Labels.Take(1500).ToArray()) > 0.95);
    }

    [Fact]
    public void Fit_TinyCluster_IsFlaggedByDefault()
    {
        var (x, _) = WithWhales(1500, 6);
        var r = Segmenter.Fit(x, Quick with { K = 4 });
        Assert.Equal(4, r.K);
        Assert.Equal(6, r.Sizes[3]);
        Assert.True(r.Quality.PerCluster[3].Tiny);
        Assert.False(r.Quality.PerCluster[0].Tiny);
        Assert.Contains(r.Warnings, w => w.Contains("outlier group, not a persona", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_TinyCluster_IsMergedWhenAsked()
    {
        var (x, _) = WithWhales(1500, 6);
        var r = Segmenter.Fit(x, Quick with { K = 4, TinyClusters = TinyClusterPolicy.Merge });
        Assert.Equal(3, r.K);
        Assert.Equal(4, r.KSelection.ChosenK);
        Assert.Equal(x.Rows, r.Sizes.Sum());
        Assert.Equal(3, r.Centroids.Count);
        Assert.All(r.Quality.PerCluster, c => Assert.False(c.Tiny));
        Assert.Contains(r.Warnings, w => w.Contains("was merged", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_BeyondExactLimit_UsesStratifiedSampleAndStatesItsSize()
    {
        var (x, _) = SegmentationTestData.Mixture(3000, 3, 4, seed: 13, spread: 2);
        var sampled = Segmenter.Fit(x, Quick with { K = 3, SilhouetteExactLimit = 1000, SilhouetteSampleSize = 800, StabilityResamples = 0 });
        var exact = Segmenter.Fit(x, Quick with { K = 3, StabilityResamples = 0 });
        Assert.Equal(800, sampled.Quality.SilhouetteSampleSize);
        Assert.Equal(800, sampled.KSelection.Scores[0].SilhouetteSampleSize);
        Assert.Null(exact.Quality.SilhouetteSampleSize);
        Assert.Equal(exact.Quality.Silhouette, sampled.Quality.Silhouette, 0.03);
    }

    [Fact]
    public void StratifiedSample_RepresentsEveryCluster()
    {
        var labels = Enumerable.Range(0, 10_000).Select(i => i < 9_990 ? 0 : 1 + (i % 3)).ToArray();
        var sample = SilhouetteScore.StratifiedSample(labels, 4, 100, new Random(1));
        Assert.True(sample.Length >= 100);
        Assert.All(Enumerable.Range(0, 4), c => Assert.True(sample.Count(i => labels[i] == c) >= 2));
        Assert.Equal(sample.Distinct().Count(), sample.Length);
    }

    [Fact]
    public void Fit_Stability_UsesResamplesOfTheGivenFraction()
    {
        var (x, _) = SegmentationTestData.Mixture(1000, 3, 3, seed: 14, spread: 0.5);
        var settings = Segmenter.Settings(new SegmentationOptions(), 3) with { Restarts = 2 };
        var run = NativeKMeans.Fit(x.Data, x.Rows, 3, settings, default);
        var result = Stability.Measure(x.Data, x.Rows, 3, run.Labels, run.Centroids, settings, new SegmentationOptions(), default, null);
        Assert.Equal(10, result.Resamples.Count);
        Assert.All(result.Resamples, r => Assert.Equal(800, r.Rows.Length));
        Assert.Equal(1.0, result.Mean, 1e-9); // well separated: every refit agrees
        Assert.All(StabilityResult.ClusterJaccard(result.Resamples, run.Labels, 3), j => Assert.Equal(1.0, j, 1e-9));
    }

    [Fact]
    public void Fit_TooFewRows_ThrowsPersonasDataException()
    {
        var x = new FeatureMatrix([1, 2, 3], 3, 1, ["a"]);
        Assert.Throws<PersonasDataException>(() => Segmenter.Fit(x, new SegmentationOptions { K = 3 }));
        Assert.Throws<PersonasDataException>(() => Segmenter.Fit(new FeatureMatrix([1, 2], 2, 1, ["a"])));
    }

    [Fact]
    public void Fit_NotFiniteFeature_OrBadOption_ThrowsArgumentException()
    {
        var x = new FeatureMatrix([1, float.NaN, 3, 4], 4, 1, ["a"]);
        Assert.Throws<ArgumentException>(() => Segmenter.Fit(x, new SegmentationOptions { K = 2 }));
        var ok = new FeatureMatrix([1, 2, 3, 4], 4, 1, ["a"]);
        Assert.Throws<OptionValueException>(() => Segmenter.Fit(ok, new SegmentationOptions { KMin = 1 }));
        Assert.Throws<OptionValueException>(() => Segmenter.Fit(ok, new SegmentationOptions { StabilityFraction = 1.5 }));
    }

    [Fact]
    public void Fit_SmallData_ClampsKMaxWithWarning()
    {
        var (x, _) = SegmentationTestData.Mixture(6, 2, 2, seed: 15);
        var r = Segmenter.Fit(x, new SegmentationOptions { Restarts = 1, StabilityResamples = 0 });
        Assert.Equal(5, r.KSelection.Scores[^1].K);
        Assert.Contains(r.Warnings, w => w.StartsWith("Only 6 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_ReportsProgress_AndHonoursCancellation()
    {
        var (x, _) = SegmentationTestData.Mixture(500, 2, 2, seed: 16);
        var stages = new List<string>();
        Segmenter.Fit(x, Quick with { K = 2 }, new SyncProgress(p => stages.Add(p.Stage)));
        Assert.Contains("fit k=2", stages);
        Assert.Contains("stability k=2", stages);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Segmenter.Fit(x, Quick, cancellationToken: cts.Token));
    }

    [Fact]
    public void Engines_NativeAndMlNet_AgreeOnInertiaWithinOnePercent()
    {
        var (x, _) = SegmentationTestData.Mixture(1500, 5, 6, seed: 17, spread: 2);
        // ML.NET's single runs often stop in a worse local optimum (about half of them on this mixture), so both engines
        // use the default 10 restarts, as users get them.
        var options = new SegmentationOptions { K = 5, StabilityResamples = 0 };
        var native = Segmenter.Fit(x, options);
        var mlnet = Segmenter.Fit(x, options with { Engine = KMeansEngine.MlNet });
        Assert.Equal(KMeansEngine.MlNet, mlnet.Engine);
        Assert.Equal(native.Quality.Inertia, mlnet.Quality.Inertia, native.Quality.Inertia * 0.01);
    }

    private static (FeatureMatrix X, int[] Truth) WithWhales(int n, int whales)
    {
        var random = new Random(21);
        var values = new float[(n + whales) * 2];
        var truth = new int[n];
        for (var i = 0; i < n; i++)
        {
            truth[i] = i % 3;
            values[i * 2] = (float)((truth[i] == 1 ? 10 : 0) + random.NextDouble() - 0.5);
            values[(i * 2) + 1] = (float)((truth[i] == 2 ? 10 : 0) + random.NextDouble() - 0.5);
        }

        for (var w = 0; w < whales; w++)
        {
            values[(n + w) * 2] = 60 + w;
            values[((n + w) * 2) + 1] = 60 - w;
        }

        return (new FeatureMatrix(values, n + whales, 2, ["a", "b"]), [.. truth, .. Enumerable.Repeat(3, whales)]);
    }

    private sealed class SyncProgress(Action<PersonasProgress> report) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value) => report(value);
    }
}
