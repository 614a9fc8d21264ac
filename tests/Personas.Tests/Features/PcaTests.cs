using MathNet.Numerics.LinearAlgebra;
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

    [Theory]
    [InlineData(30, 80, 3)] // wide: the Gram matrix route
    [InlineData(200, 12, 3)] // tall: the covariance route
    [InlineData(40, 40, 2)]
    public void Fit_SameComponentsAndVarianceSharesAsTheCovarianceEigendecomposition(int rows, int columns, int components)
    {
        var m = Correlated(rows, columns, seed: rows + columns);
        var (vectors, shares) = CovarianceReference(m, components);

        var pca = Pca.Fit(m, components);

        Assert.Equal(rows, pca.FittedRows);
        for (var c = 0; c < components; c++)
        {
            var sign = Math.Sign(Dot(pca.Components[c], vectors[c])); // eigenvectors are defined up to sign
            Assert.Equal(1, Math.Abs(sign));
            for (var j = 0; j < columns; j++)
            {
                Assert.Equal(vectors[c][j], sign * pca.Components[c][j], 6);
            }

            Assert.Equal(shares[c], pca.ExplainedVarianceRatio[c], 9);
        }
    }

    [Fact]
    public void Fit_WideMatrix_LargestLoadingOfEachComponentIsPositive()
    {
        var pca = Pca.Fit(Correlated(20, 500, seed: 3), 2);
        foreach (var component in pca.Components)
        {
            Assert.True(component.MaxBy(Math.Abs) > 0);
            Assert.Equal(1.0, Math.Sqrt(component.Sum(v => v * v)), 9);
        }
    }

    [Fact]
    public void Fit_FewerIndependentRowsThanComponents_ComponentsStayOrthonormal()
    {
        // Two rows in five columns: one direction of variance; the second component carries none but must still be a
        // unit vector orthogonal to the first.
        var m = new FeatureMatrix([1, 2, 3, 4, 5, 2, 2, 2, 2, 2], 2, 5, ["a", "b", "c", "d", "e"]);
        var pca = Pca.Fit(m, 3);
        Assert.Equal(1.0, pca.ExplainedVarianceRatio[0], 9);
        Assert.Equal(0.0, pca.ExplainedVarianceRatio[1], 9);
        for (var a = 0; a < 3; a++)
        {
            for (var b = 0; b < 3; b++)
            {
                Assert.Equal(a == b ? 1.0 : 0.0, Dot(pca.Components[a], pca.Components[b]), 9);
            }
        }
    }

    [Fact]
    public void FitSample_AffordableMatrix_UsesEveryRowAndEqualsFit()
    {
        var m = Correlated(300, 10, seed: 5);
        var sampled = Pca.FitSample(m, 2, seed: 1);
        var full = Pca.Fit(m, 2);
        Assert.Equal(300, sampled.FittedRows);
        Assert.Equal(full.Components, sampled.Components);
        Assert.Equal(full.ExplainedVarianceRatio, sampled.ExplainedVarianceRatio);
    }

    [Fact]
    public void FitSample_OverTheWorkLimit_FitsASeededSampleWithinTheLimit()
    {
        var m = Correlated(5_000, 20, seed: 9);
        const long limit = 20L * 20 * 1_000; // 1,000 rows' worth
        var a = Pca.FitSample(m, 2, seed: 4, limit);
        var b = Pca.FitSample(m, 2, seed: 4, limit);
        var other = Pca.FitSample(m, 2, seed: 5, limit);
        var full = Pca.Fit(m, 2);

        Assert.Equal(1_000, a.FittedRows);
        Assert.Equal(a.Components, b.Components); // same seed, same rows
        Assert.NotEqual(a.Components[1], other.Components[1]);
        // The data has a strong first direction: a 1,000-row sample finds it to within a few degrees.
        Assert.True(Math.Abs(Dot(a.Components[0], full.Components[0])) > 0.99);
    }

    [Theory]
    [InlineData(200, 10_000, Pca.DefaultWorkLimit, 200)] // 200 x 10,000: Gram matrix of 200 x 200, all rows
    [InlineData(1_000_000, 20, Pca.DefaultWorkLimit, 1_000_000)] // 1M x 20: 4e8, all rows
    [InlineData(1_000_000, 10_000, Pca.DefaultWorkLimit, 447)] // m^2 d <= 2e9
    [InlineData(1_000_000, 100, Pca.DefaultWorkLimit, 200_000)] // m d^2 <= 2e9
    [InlineData(1_000, 1_000_000_000, 1L, 2)] // never below 2 rows
    public void SampleSize_IsTheLargestWithinTheWorkLimit(int rows, int columns, long limit, int expected) =>
        Assert.Equal(expected, Pca.SampleSize(rows, columns, limit));

    /// <summary>Rows of a few latent factors mixed into many columns, plus noise (distinct eigenvalues).</summary>
    private static FeatureMatrix Correlated(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var loadings = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, columns).Select(_ => random.NextDouble() - 0.5).ToArray()).ToArray();
        var values = new float[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            var f = new[] { 5 * Gauss(random), 2.5 * Gauss(random), 1.2 * Gauss(random) };
            for (var j = 0; j < columns; j++)
            {
                values[(i * columns) + j] = (float)((f[0] * loadings[0][j]) + (f[1] * loadings[1][j]) + (f[2] * loadings[2][j]) + (0.1 * Gauss(random)));
            }
        }

        return new FeatureMatrix(values, rows, columns, Enumerable.Range(0, columns).Select(j => "c" + j).ToArray());
    }

    private static double Gauss(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The method before wide files got the Gram route: d x d covariance, symmetric eigendecomposition.</summary>
    private static (double[][] Vectors, double[] Shares) CovarianceReference(FeatureMatrix m, int components)
    {
        var x = Matrix<double>.Build.Dense(m.Rows, m.Columns, (i, j) => m[i, j]);
        var centred = x - Matrix<double>.Build.Dense(m.Rows, m.Columns, (_, j) => x.Column(j).Average());
        var cov = centred.TransposeThisAndMultiply(centred) / (m.Rows - 1);
        var evd = cov.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(v => v.Real).ToArray();
        var order = Enumerable.Range(0, values.Length).OrderByDescending(i => values[i]).ToArray();
        var total = values.Sum(v => Math.Max(v, 0));
        return (order.Take(components).Select(i => evd.EigenVectors.Column(i).ToArray()).ToArray(),
            order.Take(components).Select(i => values[i] / total).ToArray());
    }

    private static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Select((v, j) => v * b[j]).Sum();
}
