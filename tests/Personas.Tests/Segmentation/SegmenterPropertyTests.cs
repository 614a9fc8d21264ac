using FsCheck.Xunit;
using Personas.Features;
using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

public class SegmenterPropertyTests
{
    [Property(MaxTest = 25)]
    public bool Fit_AssignsEveryRowToANearestCentroid_AndSizesAddUp(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(8, 60);
        var d = random.Next(1, 5);
        var k = random.Next(2, Math.Min(5, n - 1));
        var values = Enumerable.Range(0, n * d).Select(_ => (float)Math.Round(random.NextDouble() * 10, 1)).ToArray();
        var x = new FeatureMatrix(values, n, d, Enumerable.Range(0, d).Select(f => "f" + f).ToArray());
        var r = Segmenter.Fit(x, new SegmentationOptions { K = k, Restarts = 1, StabilityResamples = 0, Seed = seed });
        if (r.Labels.Count != n || r.Sizes.Sum() != n)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            var own = Distance(x, i, r.Centroids[r.Labels[i]]);
            if (Enumerable.Range(0, r.K).Any(j => Distance(x, i, r.Centroids[j]) < own - 1e-4))
            {
                return false;
            }
        }

        return true;
    }

    private static double Distance(FeatureMatrix x, int row, IReadOnlyList<float> centroid) =>
        Enumerable.Range(0, x.Columns).Sum(f => Math.Pow(x[row, f] - centroid[f], 2));
}
