using Personas.Features;
using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

/// <summary>
/// The metrics against hand-computed values on x = [0, 2, 6, 8, 9] (one feature), labels [0, 0, 1, 1, 1]
/// (scikit-learn 1.2 gives the same numbers: silhouette_score 0.68438, calinski_harabasz_score 24.0,
/// davies_bouldin_score 0.316667, adjusted_rand_score 0.166667).
/// </summary>
public class ClusterMetricsTests
{
    private static readonly FeatureMatrix X = new([0, 2, 6, 8, 9], 5, 1, ["x"]);
    private static readonly int[] Labels = [0, 0, 1, 1, 1];

    [Fact]
    public void SilhouetteSamples_MatchHandComputation()
    {
        // row 0: a = |0-2| = 2, b = mean(6, 8, 9) = 23/3, s = (23/3 - 2) / (23/3) = 17/23 = 0.739130
        // row 1: a = 2, b = mean(4, 6, 7) = 17/3, s = 11/17 = 0.647059
        // row 2: a = mean(2, 3) = 2.5, b = mean(6, 4) = 5, s = 0.5
        // row 3: a = mean(2, 1) = 1.5, b = mean(8, 6) = 7, s = 5.5/7 = 0.785714
        // row 4: a = mean(3, 1) = 2, b = mean(9, 7) = 8, s = 0.75
        double[] expected = [17.0 / 23, 11.0 / 17, 0.5, 5.5 / 7, 0.75];
        var samples = ClusterMetrics.SilhouetteSamples(X, Labels);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], samples[i], 1e-6);
        }

        Assert.Equal(expected.Average(), ClusterMetrics.Silhouette(X, Labels), 1e-6); // 0.684381
    }

    [Fact]
    public void CalinskiHarabasz_MatchesHandComputation()
    {
        // means 1 and 23/3, grand mean 5: between = 2*(1-5)^2 + 3*(23/3-5)^2 = 32 + 64/3 = 160/3
        // within = (1 + 1) + ((5/3)^2 + (1/3)^2 + (4/3)^2) = 2 + 14/3 = 20/3
        // CH = (160/3 / (2-1)) / (20/3 / (5-2)) = 24
        Assert.Equal(24.0, ClusterMetrics.CalinskiHarabasz(X, Labels), 1e-9);
    }

    [Fact]
    public void DaviesBouldin_MatchesHandComputation()
    {
        // s0 = mean(1, 1) = 1, s1 = mean(5/3, 1/3, 4/3) = 10/9, d(c0, c1) = 20/3
        // R = (1 + 10/9) / (20/3) = 19/60 for both clusters, DB = 19/60 = 0.316667
        Assert.Equal(19.0 / 60, ClusterMetrics.DaviesBouldin(X, Labels), 1e-9);
    }

    [Fact]
    public void AdjustedRandIndex_MatchesHandComputation()
    {
        // contingency [[2, 0], [1, 2]]: sum C(nij, 2) = 2, rows 1 + 3 = 4, columns 3 + 1 = 4, C(5, 2) = 10
        // expected = 4 * 4 / 10 = 1.6, max = 4, ARI = (2 - 1.6) / (4 - 1.6) = 1/6
        Assert.Equal(1.0 / 6, ClusterMetrics.AdjustedRandIndex(Labels, [0, 0, 0, 1, 1]), 1e-12);
    }

    [Fact]
    public void Metrics_On2DMatrix_MatchScikitLearn()
    {
        // scikit-learn 1.2.1 on this matrix: silhouette 0.8276825, CH 110.6907895, DB 0.1884789, ARI 0.2380952
        var x = new FeatureMatrix([0, 0, 0, 1, 1, 0, 5, 5, 5, 6, 6, 5, 9, 0, 9, 1], 8, 2, ["a", "b"]);
        int[] labels = [0, 0, 0, 1, 1, 1, 2, 2];
        Assert.Equal(0.8276825032365227, ClusterMetrics.Silhouette(x, labels), 1e-6);
        Assert.Equal(110.69078947368418, ClusterMetrics.CalinskiHarabasz(x, labels), 1e-6);
        Assert.Equal(0.18847891292763608, ClusterMetrics.DaviesBouldin(x, labels), 1e-9);
        Assert.Equal(0.23809523809523808, ClusterMetrics.AdjustedRandIndex(labels, [0, 0, 1, 1, 1, 2, 2, 2]), 1e-12);
    }

    [Fact]
    public void AdjustedRandIndex_IsOneForRenamedLabels_AndSymmetric()
    {
        Assert.Equal(1.0, ClusterMetrics.AdjustedRandIndex([0, 0, 1, 2], [7, 7, 3, 5]));
        Assert.Equal(ClusterMetrics.AdjustedRandIndex(Labels, [0, 1, 0, 1, 1]), ClusterMetrics.AdjustedRandIndex([0, 1, 0, 1, 1], Labels), 12);
    }

    [Fact]
    public void Metrics_WithBadLabels_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ClusterMetrics.Silhouette(X, [0, 0, 0, 0, 0]));
        Assert.Throws<ArgumentException>(() => ClusterMetrics.Silhouette(X, [0, 1]));
        Assert.Throws<ArgumentException>(() => ClusterMetrics.CalinskiHarabasz(X, [0, -1, 1, 1, 1]));
        Assert.Throws<ArgumentException>(() => ClusterMetrics.AdjustedRandIndex([0, 1], [0]));
    }

    [Fact]
    public void Silhouette_LargerThanBlock_EqualsBruteForce()
    {
        var (m, truth) = SegmentationTestData.Mixture(700, 3, 5, seed: 7, spread: 3);
        var samples = ClusterMetrics.SilhouetteSamples(m, truth);
        for (var i = 0; i < m.Rows; i += 97)
        {
            var sums = new double[3];
            var counts = new int[3];
            for (var j = 0; j < m.Rows; j++)
            {
                double s = 0;
                for (var f = 0; f < m.Columns; f++)
                {
                    s += (m[i, f] - m[j, f]) * (double)(m[i, f] - m[j, f]);
                }

                sums[truth[j]] += Math.Sqrt(s);
                counts[truth[j]]++;
            }

            var a = sums[truth[i]] / (counts[truth[i]] - 1);
            var b = Enumerable.Range(0, 3).Where(c => c != truth[i]).Min(c => sums[c] / counts[c]);
            Assert.Equal((b - a) / Math.Max(a, b), samples[i], 1e-5);
        }
    }
}
