using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Personas.Features;

/// <summary>
/// Principal component analysis for display only (scatter plots of personas); clustering never uses it. Computed from the
/// d x d covariance matrix with a symmetric eigendecomposition, so memory does not grow with the number of rows.
/// Each component's sign is fixed so that its largest-magnitude loading is positive (deterministic output).
/// </summary>
public sealed class Pca
{
    private readonly double[][] _components;
    private readonly double[] _mean;

    private Pca(double[][] components, double[] mean, double[] explained)
    {
        _components = components;
        _mean = mean;
        ExplainedVarianceRatio = explained;
    }

    /// <summary>The loadings of each component over the input features (unit length).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Components => _components;

    /// <summary>The share of the total variance each component explains.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; }

    /// <summary>Learns the first principal components of a matrix.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="components">How many components (at most the number of columns).</param>
    /// <returns>The fitted projection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="components"/> is below 1 or above the number of columns, or the matrix has fewer than 2 rows.</exception>
    public static Pca Fit(FeatureMatrix matrix, int components = 2)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var d = matrix.Columns;
        var n = matrix.Rows;
        ArgumentOutOfRangeException.ThrowIfLessThan(components, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(components, d);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2, nameof(matrix));
        var data = matrix.Data;
        var mean = new double[d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += data[(i * d) + j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= n;
        }

        var cov = new double[d, d];
        var row = new double[d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                row[j] = data[(i * d) + j] - mean[j];
            }

            for (var a = 0; a < d; a++)
            {
                for (var b = a; b < d; b++)
                {
                    cov[a, b] += row[a] * row[b];
                }
            }
        }

        for (var a = 0; a < d; a++)
        {
            for (var b = a; b < d; b++)
            {
                cov[a, b] /= n - 1;
                cov[b, a] = cov[a, b];
            }
        }

        var evd = Matrix<double>.Build.DenseOfArray(cov).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        var order = Enumerable.Range(0, d).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var total = values.Sum(v => Math.Max(v, 0));
        var comps = new double[components][];
        var explained = new double[components];
        for (var c = 0; c < components; c++)
        {
            var vec = evd.EigenVectors.Column(order[c]).ToArray();
            var maxAt = 0;
            for (var j = 1; j < d; j++)
            {
                if (Math.Abs(vec[j]) > Math.Abs(vec[maxAt]))
                {
                    maxAt = j;
                }
            }

            if (vec[maxAt] < 0)
            {
                for (var j = 0; j < d; j++)
                {
                    vec[j] = -vec[j];
                }
            }

            comps[c] = vec;
            explained[c] = total > 0 ? Math.Max(values[order[c]], 0) / total : 0;
        }

        return new Pca(comps, mean, explained);
    }

    /// <summary>Projects a matrix with the learned components.</summary>
    /// <param name="matrix">A matrix with the same columns as the one fitted.</param>
    /// <returns>A matrix with columns <c>PC1</c>, <c>PC2</c>...</returns>
    /// <exception cref="ArgumentException">The number of columns differs.</exception>
    public FeatureMatrix Transform(FeatureMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var d = _mean.Length;
        if (matrix.Columns != d)
        {
            throw new ArgumentException($"Expected {d} columns, found {matrix.Columns}.", nameof(matrix));
        }

        var k = _components.Length;
        var result = new float[matrix.Rows * k];
        var data = matrix.Data;
        for (var i = 0; i < matrix.Rows; i++)
        {
            for (var c = 0; c < k; c++)
            {
                double s = 0;
                for (var j = 0; j < d; j++)
                {
                    s += (data[(i * d) + j] - _mean[j]) * _components[c][j];
                }

                result[(i * k) + c] = (float)s;
            }
        }

        var names = Enumerable.Range(1, k).Select(c => "PC" + c.ToString(CultureInfo.InvariantCulture)).ToArray();
        return new FeatureMatrix(result, matrix.Rows, k, names);
    }
}
