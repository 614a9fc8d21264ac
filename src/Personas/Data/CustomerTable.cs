namespace Personas.Data;

/// <summary>
/// Customer records after reading and validation: one row per customer, columns stored contiguously, plus every
/// excluded input row with its line and reason. <c>RowsRead == RowsUsed + Exclusions.Count</c> always holds (<c>RowsUsed == RowCount</c> except for tables built from transactions).
/// Immutable.
/// </summary>
[Personas.Display.TypeFormatterSource(typeof(Personas.Display.PersonasFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class CustomerTable
{
    private readonly Dictionary<string, CustomerColumn> _byName;

    /// <summary>Creates a table.</summary>
    /// <param name="source">Where the data came from (file name or description).</param>
    /// <param name="idColumn">The name of the id column, or null when ids were generated from row numbers.</param>
    /// <param name="ids">The customer id of each row.</param>
    /// <param name="lines">The 1-based source line of each row.</param>
    /// <param name="columns">The columns (every one of length <c>ids.Count</c>), including ignored ones.</param>
    /// <param name="exclusions">The rows that were not used.</param>
    /// <param name="notes">Decisions taken while reading, in words.</param>
    /// <exception cref="ArgumentException">A column's length differs from the number of ids, or two columns share a name.</exception>
    public CustomerTable(string source, string? idColumn, IReadOnlyList<string> ids, IReadOnlyList<long> lines, IReadOnlyList<CustomerColumn> columns, IReadOnlyList<ExcludedRow> exclusions, IReadOnlyList<string>? notes = null)
        : this(source, idColumn, ids, lines, columns, exclusions, notes, copy: true, rowsUsed: null)
    {
    }

    /// <summary>Creates a table; with <paramref name="copy"/> false the lists are kept as given (the reader's own immutable lists: no copy of a million ids).</summary>
    /// <remarks>Parameters as for the public constructor; <c>rowsUsed</c> counts the input rows behind the table when they differ from <c>ids.Count</c> (transactions).</remarks>
    internal CustomerTable(string source, string? idColumn, IReadOnlyList<string> ids, IReadOnlyList<long> lines, IReadOnlyList<CustomerColumn> columns, IReadOnlyList<ExcludedRow> exclusions, IReadOnlyList<string>? notes, bool copy, long? rowsUsed = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(exclusions);
        if (lines.Count != ids.Count)
        {
            throw new ArgumentException($"Expected {ids.Count} line numbers, found {lines.Count}.", nameof(lines));
        }

        _byName = new Dictionary<string, CustomerColumn>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (c.Length != ids.Count)
            {
                throw new ArgumentException($"Column '{c.Name}' has {c.Length} values, expected {ids.Count}.", nameof(columns));
            }

            if (!_byName.TryAdd(c.Name, c))
            {
                throw new ArgumentException($"Column '{c.Name}' appears twice.", nameof(columns));
            }
        }

        Source = source;
        IdColumn = idColumn;
        Ids = copy ? ids.ToArray() : ids;
        Lines = copy ? lines.ToArray() : lines;
        Columns = columns.ToArray();
        Exclusions = exclusions.ToArray();
        Notes = notes?.ToArray() ?? [];
        RowsUsed = rowsUsed ?? Ids.Count;
    }

    /// <summary>Where the data came from.</summary>
    public string Source { get; }

    /// <summary>The id column's name, or null when ids were generated.</summary>
    public string? IdColumn { get; }

    /// <summary>The customer id of each row.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The 1-based source line of each row.</summary>
    public IReadOnlyList<long> Lines { get; }

    /// <summary>All columns except the id column, in input order, with their roles.</summary>
    public IReadOnlyList<CustomerColumn> Columns { get; }

    /// <summary>Rows not used, with line and reason.</summary>
    public IReadOnlyList<ExcludedRow> Exclusions { get; }

    /// <summary>Decisions taken while reading (delimiter, date formats, duplicate handling...), in words.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The number of rows used.</summary>
    public int RowCount => Ids.Count;

    /// <summary>The number of input rows used: <see cref="RowCount"/>, except for a table built from transactions, where it counts the transaction rows behind the customers.</summary>
    public long RowsUsed { get; }

    /// <summary>The number of data rows read (<see cref="RowsUsed"/> + excluded).</summary>
    public long RowsRead => RowsUsed + Exclusions.Count;

    /// <summary>The column with this name.</summary>
    /// <param name="name">The column name.</param>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public CustomerColumn this[string name] =>
        _byName.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"No column '{name}' in {Source}; columns are: {string.Join(", ", Columns.Select(x => x.Name))}.");

    /// <summary>Looks up a column by name.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CustomerColumn? column) => _byName.TryGetValue(name, out column);
}
