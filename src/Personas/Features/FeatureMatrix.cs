namespace Personas.Features;

/// <summary>
/// A dense feature matrix: <see cref="Rows"/> x <see cref="Columns"/> <see cref="float"/> values stored row-major in one
/// contiguous array (no per-row objects). Immutable through its public surface.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly float[] _values;

    /// <summary>Creates a matrix over a row-major array.</summary>
    /// <param name="values">Row-major values, length <c>rows * columns</c>; owned by the matrix afterwards.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="columns">Number of columns.</param>
    /// <param name="featureNames">One name per column (for example <c>Income</c> or <c>Region=North</c>).</param>
    /// <exception cref="ArgumentException">The sizes do not agree.</exception>
    public FeatureMatrix(float[] values, int rows, int columns, IReadOnlyList<string> featureNames)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if ((long)rows * columns != values.Length)
        {
            throw new ArgumentException($"Expected {(long)rows * columns} values for {rows} x {columns}, found {values.Length}.", nameof(values));
        }

        if (featureNames.Count != columns)
        {
            throw new ArgumentException($"Expected {columns} feature names, found {featureNames.Count}.", nameof(featureNames));
        }

        _values = values;
        Rows = rows;
        Columns = columns;
        FeatureNames = featureNames.ToArray();
    }

    /// <summary>The number of rows (customers).</summary>
    public int Rows { get; }

    /// <summary>The number of columns (features).</summary>
    public int Columns { get; }

    /// <summary>The feature name of each column.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>All values, row-major.</summary>
    public ReadOnlyMemory<float> Values => _values;

    /// <summary>The array behind the matrix, for kernels inside the library. Never write to it.</summary>
    internal float[] Data => _values;

    /// <summary>One row.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <returns>The row's values.</returns>
    public ReadOnlySpan<float> Row(int row) => new(_values, row * Columns, Columns);

    /// <summary>One value.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    public float this[int row, int column] => _values[(row * Columns) + column];
}
