using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

public class StabilityTests
{
    [Theory]
    [InlineData(1000, 800, 1)]
    [InlineData(50, 50, 2)]
    [InlineData(100_000, 16_000, 3)]
    public void DrawRows_SameRowsAndDrawsAsAFullPartialShuffle(int n, int size, int seed)
    {
        // The dense version the sparse one replaces: an identity permutation shuffled in its first `size` places.
        var dense = new Random(seed);
        var permutation = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < size; i++)
        {
            var j = i + dense.Next(n - i);
            (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
        }

        var sparse = new Random(seed);
        Assert.Equal(permutation[..size], Stability.DrawRows(n, size, sparse));
        Assert.Equal(dense.Next(), sparse.Next());
    }

    [Fact]
    public void Measure_OneOrManyThreads_SameStability()
    {
        var (x, _) = SegmentationTestData.Mixture(6000, 4, 3, seed: 9, spread: 1.5);
        var options = new SegmentationOptions { K = 4, StabilityResamples = 6, StabilityRowLimit = 3000 };
        var one = Segmenter.Fit(x, options with { MaxDegreeOfParallelism = 1 });
        var many = Segmenter.Fit(x, options with { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Quality.Stability, many.Quality.Stability);
        Assert.Equal(one.Quality.PerCluster.Select(c => c.Stability), many.Quality.PerCluster.Select(c => c.Stability));
    }
}
