namespace Personas.Data;

/// <summary>
/// One column of a <see cref="CustomerTable"/>, stored contiguously: numbers as <see cref="float"/> (NaN = missing)
/// for numeric, boolean (0/1) and date (days since the reference date) roles; level codes (-1 = missing) for
/// categorical columns. Immutable.
/// </summary>
public sealed class CustomerColumn
{
    private readonly float[]? _numbers;
    private readonly int[]? _codes;

    private CustomerColumn(string name, ColumnRole role, string reason, float[]? numbers, int[]? codes, IReadOnlyList<string> levels)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(reason);
        Name = name;
        Role = role;
        Reason = reason;
        _numbers = numbers;
        _codes = codes;
        Levels = levels;
    }

    /// <summary>The column name as in the header.</summary>
    public string Name { get; }

    /// <summary>The role the column plays.</summary>
    public ColumnRole Role { get; }

    /// <summary>Why the column got its role, in words (for example <c>date (dd-mm-yyyy), used as days since 2014-06-29</c>).</summary>
    public string Reason { get; }

    /// <summary>True when the column holds numbers (<see cref="Numbers"/>), false when it holds level codes.</summary>
    public bool IsNumeric => _numbers is not null;

    /// <summary>The values of a numeric, boolean or date column (NaN = missing); empty for other roles.</summary>
    public ReadOnlyMemory<float> Numbers => _numbers ?? ReadOnlyMemory<float>.Empty;

    /// <summary>The level codes of a categorical column (index into <see cref="Levels"/>, -1 = missing); empty for other roles.</summary>
    public ReadOnlyMemory<int> Codes => _codes ?? ReadOnlyMemory<int>.Empty;

    /// <summary>The levels of a categorical column, in a deterministic order (most frequent first, ties by ordinal name).</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>The number of rows.</summary>
    public int Length => _numbers?.Length ?? _codes?.Length ?? 0;

    internal float[]? NumberArray => _numbers;

    internal int[]? CodeArray => _codes;

    /// <summary>Creates a numeric-valued column (roles <see cref="ColumnRole.Numeric"/>, <see cref="ColumnRole.Boolean"/> or <see cref="ColumnRole.Date"/>, or an ignored one).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="role">The role.</param>
    /// <param name="values">The values; NaN marks a missing value. The array is owned by the column afterwards.</param>
    /// <param name="reason">Why the column got its role.</param>
    /// <returns>The column.</returns>
    public static CustomerColumn FromNumbers(string name, ColumnRole role, float[] values, string reason)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new CustomerColumn(name, role, reason, values, null, []);
    }

    /// <summary>Creates a categorical column.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="codes">Level codes per row (index into <paramref name="levels"/>, -1 = missing). Owned by the column afterwards.</param>
    /// <param name="levels">The levels.</param>
    /// <param name="reason">Why the column got its role.</param>
    /// <param name="role">The role, <see cref="ColumnRole.Categorical"/> unless the column is ignored.</param>
    /// <returns>The column.</returns>
    public static CustomerColumn FromCodes(string name, int[] codes, IReadOnlyList<string> levels, string reason, ColumnRole role = ColumnRole.Categorical)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(levels);
        return new CustomerColumn(name, role, reason, null, codes, levels.ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Role} ({Reason})";
}
