using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace Personas.Features;

/// <summary>
/// Principal component analysis for display only (scatter plots of personas); clustering never uses it. Exact, and bounded
/// by the smaller side of the matrix: with at least as many rows as columns it eigendecomposes the d x d covariance
/// matrix (memory independent of the number of rows); with fewer rows than columns (wide files) it eigendecomposes
/// the n x n Gram matrix of the centred rows and maps its eigenvectors back to loadings, which gives the same
/// components in O(n^2 d + n^3) instead of O(n d^2 + d^3). Each component's sign is fixed so that its
/// largest-magnitude loading is positive (deterministic output).
/// </summary>
public sealed class Pca
{
    /// <summary>The default work limit of <see cref="FitSample"/>: rows x columns x min(rows, columns) of the fit, about a second of arithmetic.</summary>
    public const long DefaultWorkLimit = 2_000_000_000;

    private readonly double[][] _components;
    private readonly double[] _mean;

    private Pca(double[][] components, double[] mean, double[] explained, int fittedRows)
    {
        _components = components;
        _mean = mean;
        ExplainedVarianceRatio = explained;
        FittedRows = fittedRows;
    }

    /// <summary>The loadings of each component over the input features (unit length).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Components => _components;

    /// <summary>The share of the total variance each component explains.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; }

    /// <summary>How many rows the components were learned from (all rows, or the sample of <see cref="FitSample"/>).</summary>
    public int FittedRows { get; }

    /// <summary>Learns the first principal components of a matrix from all its rows (exact).</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="components">How many components (at most the number of columns).</param>
    /// <returns>The fitted projection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="components"/> is below 1 or above the number of columns, or the matrix has fewer than 2 rows.</exception>
    public static Pca Fit(FeatureMatrix matrix, int components = 2)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Check(matrix, components);
        return FitRows(matrix, components, null);
    }

    /// <summary>
    /// Learns the first principal components from all rows when that costs at most <paramref name="workLimit"/>
    /// (rows x columns x min(rows, columns)), otherwise from a seeded random sample of rows of the largest size within
    /// that limit (at least 2 rows). For display: the result does not depend on the thread count, and the same seed
    /// draws the same rows.
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="components">How many components (at most the number of columns).</param>
    /// <param name="seed">The seed of the row sample.</param>
    /// <param name="workLimit">The most rows x columns x min(rows, columns) of the fit.</param>
    /// <returns>The fitted projection (<see cref="FittedRows"/> tells how many rows it used).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="components"/> is below 1 or above the number of columns, the matrix has fewer than 2 rows, or <paramref name="workLimit"/> is below 1.</exception>
    public static Pca FitSample(FeatureMatrix matrix, int components, int seed, long workLimit = DefaultWorkLimit)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Check(matrix, components);
        ArgumentOutOfRangeException.ThrowIfLessThan(workLimit, 1);
        var rows = SampleSize(matrix.Rows, matrix.Columns, workLimit);
        return rows >= matrix.Rows
            ? FitRows(matrix, components, null)
            : FitRows(matrix, components, SampleRows(matrix.Rows, rows, seed));
    }

    /// <summary>The most rows (at least 2, at most <paramref name="n"/>) whose fit costs at most <paramref name="workLimit"/>.</summary>
    internal static int SampleSize(int n, int d, long workLimit)
    {
        static double Work(double m, int d) => m * d * Math.Min(m, d);
        if (Work(n, d) <= workLimit)
        {
            return n;
        }

        // m <= d: m^2 d <= limit; m > d: m d^2 <= limit.
        var m = Math.Sqrt((double)workLimit / d);
        if (m > d)
        {
            m = (double)workLimit / ((double)d * d);
        }

        return (int)Math.Clamp(Math.Floor(m), 2, n);
    }

    private static int[] SampleRows(int n, int size, int seed) =>
        Segmentation.NativeKMeans.SampleRows(n, size, new Random(seed));

    private static void Check(FeatureMatrix matrix, int components)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(components, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(components, matrix.Columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(matrix.Rows, 2, nameof(matrix));
    }

    /// <summary>Fits on the given rows (ascending indices), or on all rows when null.</summary>
    private static Pca FitRows(FeatureMatrix matrix, int components, int[]? rows)
    {
        var d = matrix.Columns;
        var n = rows?.Length ?? matrix.Rows;
        var data = matrix.Data;
        var mean = new double[d];
        for (var i = 0; i < n; i++)
        {
            var at = (long)(rows is null ? i : rows[i]) * d;
            for (var j = 0; j < d; j++)
            {
                mean[j] += data[at + j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] /= n;
        }

        var (vectors, values) = n < d
            ? FromGram(data, rows, n, d, mean, components)
            : FromCovariance(data, rows, n, d, mean, components);
        var total = values.Sum(v => Math.Max(v, 0));
        var comps = new double[components][];
        var explained = new double[components];
        for (var c = 0; c < components; c++)
        {
            var vec = vectors[c];
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
            explained[c] = total > 0 ? Math.Max(values[c], 0) / total : 0;
        }

        return new Pca(comps, mean, explained, n);
    }

    /// <summary>The first eigenvectors of the d x d covariance, and all its eigenvalues in descending order.</summary>
    private static (double[][] Vectors, double[] Values) FromCovariance(float[] data, int[]? rows, int n, int d, double[] mean, int components)
    {
        var cov = new double[d, d];
        var row = new double[d];
        for (var i = 0; i < n; i++)
        {
            var at = (long)(rows is null ? i : rows[i]) * d;
            for (var j = 0; j < d; j++)
            {
                row[j] = data[at + j] - mean[j];
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
        var vectors = new double[components][];
        for (var c = 0; c < components; c++)
        {
            vectors[c] = evd.EigenVectors.Column(order[c]).ToArray();
        }

        return (vectors, order.Select(i => values[i]).ToArray());
    }

    /// <summary>
    /// The same from the n x n Gram matrix G = Xc Xc^T of the centred rows (n &lt; d): G u = s u gives the covariance
    /// eigenvector Xc^T u / |Xc^T u| with eigenvalue s / (n - 1); the covariance's other eigenvalues are 0.
    /// </summary>
    private static (double[][] Vectors, double[] Values) FromGram(float[] data, int[]? rows, int n, int d, double[] mean, int components)
    {
        var centred = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var at = (long)(rows is null ? i : rows[i]) * d;
            var r = centred[i] = new double[d];
            for (var j = 0; j < d; j++)
            {
                r[j] = data[at + j] - mean[j];
            }
        }

        var gram = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            var ra = centred[a];
            for (var b = a; b < n; b++)
            {
                var rb = centred[b];
                double s = 0;
                for (var j = 0; j < d; j++)
                {
                    s += ra[j] * rb[j];
                }

                gram[a, b] = s;
                gram[b, a] = s;
            }
        }

        var evd = Matrix<double>.Build.DenseOfArray(gram).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real / (n - 1)).ToArray();
        var order = Enumerable.Range(0, n).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var vectors = new double[components][];
        for (var c = 0; c < components; c++)
        {
            if (c >= n)
            {
                vectors[c] = FirstOrthogonalAxis(vectors.AsSpan(0, c), d);
                continue;
            }

            var u = evd.EigenVectors.Column(order[c]);
            var v = new double[d];
            for (var i = 0; i < n; i++)
            {
                var ui = u[i];
                var r = centred[i];
                for (var j = 0; j < d; j++)
                {
                    v[j] += ui * r[j];
                }
            }

            var largest = Math.Max(values[order[0]], 0);
            if (values[order[c]] <= largest * 1e-12 || !Normalise(v))
            {
                // No variance along this direction (fewer independent rows than components): the first axis not
                // spanned by the components before it keeps the output defined, unit length and orthogonal.
                v = FirstOrthogonalAxis(vectors.AsSpan(0, c), d);
            }

            vectors[c] = v;
        }

        // n eigenvalues of the Gram matrix; the covariance's other d - n are 0.
        return (vectors, order.Select(i => values[i]).Concat(new double[Math.Max(0, components - n)]).ToArray());
    }

    private static bool Normalise(double[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => x * x));
        if (!(norm > 0))
        {
            return false;
        }

        for (var j = 0; j < v.Length; j++)
        {
            v[j] /= norm;
        }

        return true;
    }

    /// <summary>The first coordinate axis, made orthogonal to <paramref name="previous"/> (Gram-Schmidt), with enough left to normalise.</summary>
    private static double[] FirstOrthogonalAxis(ReadOnlySpan<double[]> previous, int d)
    {
        for (var axis = 0; axis < d; axis++)
        {
            var v = new double[d];
            v[axis] = 1;
            foreach (var p in previous)
            {
                var dot = p[axis];
                for (var j = 0; j < d; j++)
                {
                    v[j] -= dot * p[j];
                }
            }

            if (v.Sum(x => x * x) > 0.25 && Normalise(v))
            {
                return v;
            }
        }

        throw new InvalidOperationException("Unreachable: fewer axes than components.");
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
