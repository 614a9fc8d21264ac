using MathNet.Numerics.LinearAlgebra;
using Personas.Features;

namespace Personas.Charts;

/// <summary>A two-component principal component projection of a feature matrix, for display only.</summary>
internal sealed class Pca2D
{
    private readonly double[] _mean;
    private readonly double[] _pc1;
    private readonly double[] _pc2;

    private Pca2D(double[] mean, double[] pc1, double[] pc2, double ratio1, double ratio2)
    {
        _mean = mean;
        _pc1 = pc1;
        _pc2 = pc2;
        VarianceRatio1 = ratio1;
        VarianceRatio2 = ratio2;
    }

    /// <summary>The share of total variance along the first component.</summary>
    public double VarianceRatio1 { get; }

    /// <summary>The share of total variance along the second component (0 with a single feature).</summary>
    public double VarianceRatio2 { get; }

    /// <summary>Fits the projection on every row of <paramref name="features"/> (covariance + symmetric eigen decomposition).</summary>
    public static Pca2D Fit(FeatureMatrix features)
    {
        int n = features.Rows, d = features.Columns;
        var mean = new double[d];
        for (var i = 0; i < n; i++)
        {
            var row = features.Row(i);
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= Math.Max(n, 1);
        }

        var cov = new double[d, d];
        var centred = new double[d];
        for (var i = 0; i < n; i++)
        {
            var row = features.Row(i);
            for (var j = 0; j < d; j++)
            {
                centred[j] = row[j] - mean[j];
            }

            for (var a = 0; a < d; a++)
            {
                for (var b = a; b < d; b++)
                {
                    cov[a, b] += centred[a] * centred[b];
                }
            }
        }

        for (var a = 0; a < d; a++)
        {
            for (var b = a; b < d; b++)
            {
                cov[a, b] /= Math.Max(n - 1, 1);
                cov[b, a] = cov[a, b];
            }
        }

        var evd = Matrix<double>.Build.DenseOfArray(cov).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => Math.Max(c.Real, 0)).ToArray();
        var total = values.Sum();

        // Eigenvalues come in ascending order: the last two are the principal components.
        var pc1 = Oriented(evd.EigenVectors.Column(d - 1).ToArray());
        var pc2 = d > 1 ? Oriented(evd.EigenVectors.Column(d - 2).ToArray()) : new double[d];
        var r1 = total > 0 ? values[d - 1] / total : 0;
        var r2 = total > 0 && d > 1 ? values[d - 2] / total : 0;
        return new Pca2D(mean, pc1, pc2, r1, r2);
    }

    /// <summary>Projects one row.</summary>
    public (double X, double Y) Project(ReadOnlySpan<float> row)
    {
        double x = 0, y = 0;
        for (var j = 0; j < _mean.Length; j++)
        {
            var c = row[j] - _mean[j];
            x += c * _pc1[j];
            y += c * _pc2[j];
        }

        return (x, y);
    }

    // An eigenvector's sign is arbitrary: fix it (largest-magnitude loading positive) so the picture is deterministic.
    private static double[] Oriented(double[] v)
    {
        var k = 0;
        for (var j = 1; j < v.Length; j++)
        {
            if (Math.Abs(v[j]) > Math.Abs(v[k]))
            {
                k = j;
            }
        }

        if (v[k] < 0)
        {
            for (var j = 0; j < v.Length; j++)
            {
                v[j] = -v[j];
            }
        }

        return v;
    }
}
