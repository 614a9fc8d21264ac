using Personas.Features;

namespace Personas.Tests.Features;

public class PcaTests
{
    [Fact]
    public void Fit_PointsOnALine_FirstComponentAlongTheLine()
    {
        // y = 2x exactly: the first component is (1, 2)/sqrt(5) and explains all the variance.
        var values = Enumerable.Range(0, 10).SelectMany(i => new[] { (float)i, 2f * i }).ToArray();
        var m = new FeatureMatrix(values, 10, 2, ["x", "y"]);
        var pca = Pca.Fit(m, 2);
        Assert.Equal(1 / Math.Sqrt(5), pca.Components[0][0], 5);
        Assert.Equal(2 / Math.Sqrt(5), pca.Components[0][1], 5);
        Assert.Equal(1.0, pca.ExplainedVarianceRatio[0], 6);
        var projected = FeaturePlan.ProjectPca(m);
        Assert.Equal(["PC1", "PC2"], projected.FeatureNames);
        // row 0 is (0, 0), the mean is (4.5, 9): its score is -(4.5 + 18)/sqrt(5) = -10.0623
        Assert.Equal(-22.5 / Math.Sqrt(5), projected[0, 0], 4);
        Assert.Equal(0, projected[0, 1], 4);
    }
}
