using System.Globalization;
using System.Text;
using Personas.Data.Parsing;
using Personas.Data.Text;

namespace Personas.Data;

/// <summary>
/// Reads customer records (delimited text, .NET objects, ML.NET data views) into a <see cref="CustomerTable"/>:
/// infers each column's role with a reason, parses numbers in invariant culture straight from the text, and lists
/// every row it could not use with its line and reason.
/// </summary>
/// <remarks>
/// <para>Roles are inferred per column, first match wins, and each column's <see cref="CustomerColumn.Reason"/> says why:
/// the id column (<see cref="CustomerReadOptions.IdColumn"/>, else the first id-named column with no missing value);
/// excluded by the options (<see cref="ColumnRole.Ignored"/>); a role set in the options; all values missing
/// (<see cref="ColumnRole.Ignored"/>); other id-named columns (<see cref="ColumnRole.Id"/>, never a feature); exactly two
/// values of one yes/no vocabulary (yes/no, true/false, y/n, t/f, 0/1, any case: <see cref="ColumnRole.Boolean"/>, 1/0);
/// at least 90% of the non-missing cells numbers (<see cref="ColumnRole.Numeric"/>, or <see cref="ColumnRole.Constant"/>
/// when min = max); at least 90% dates (<see cref="ColumnRole.Date"/>); otherwise text: one value
/// (<see cref="ColumnRole.Constant"/>), unique short values (<see cref="ColumnRole.Id"/>), unique or many distinct long
/// values (<see cref="ColumnRole.Text"/>), else <see cref="ColumnRole.Categorical"/> with at most
/// <see cref="CustomerReadOptions.MaxCategoryLevels"/> levels, the rarest grouped as <c>(other)</c>.</para>
/// <para>Missing values: an empty or blank cell and the tokens <c>NA</c>, <c>N/A</c>, <c>NaN</c>, <c>null</c>,
/// <c>None</c> and <c>?</c> (any case) are missing: NaN in number columns, code -1 in categorical ones, counted in the
/// column's reason. <c>Infinity</c>, <c>-Infinity</c> and numbers beyond the float range (<c>1e400</c>, <c>1e39</c>)
/// are data errors, never values: in a numeric column their row is a bad row. A bad row (wrong field count, a cell
/// that does not fit its column, a missing id) is excluded and listed with its line and reason, or stops the read
/// with <see cref="RowErrorPolicy.Fail"/>. Blank lines are always listed as excluded.</para>
/// <para>Dates: ISO 8601 (<c>yyyy-mm-dd</c>, optional time and offset), and <c>d-m-yyyy</c> / <c>m/d/yyyy</c> with
/// <c>-</c>, <c>/</c> or <c>.</c>; the order is decided per column by evidence (a first part above 12 means day-first,
/// a second part above 12 month-first); when every part is at most 12 the column is read day-first and the reason
/// says it is ambiguous. <see cref="CustomerReadOptions.DateFormats"/> overrides. A date column holds days since the
/// reference date (the latest date in the column unless <see cref="CustomerReadOptions.ReferenceDate"/> is set).</para>
/// <para>Files are read in two passes over spans, with no string per numeric cell: the first profiles every column
/// and already keeps numeric columns as floats; the second reads only the other columns.</para>
/// </remarks>
/// <example>
/// <code>
/// var table = CustomerReader.ReadFile("customers.csv");
/// foreach (var c in table.Columns) Console.WriteLine(c); // Income: Numeric (numeric (integers 1730 to 666666); 24 missing)
/// CustomerReader.EnsureEnoughRows(table, 4);
/// </code>
/// </example>
public static partial class CustomerReader
{
    /// <summary>Reads a delimited text file (comma, tab, semicolon or pipe; UTF-8 with or without BOM; <c>.gz</c> decompressed).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="progress">Receives the stages <c>read: profile columns</c> and <c>read: parse values</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PersonasDataException">The file is missing, empty, header-only, not UTF-8, has bad header names, a bad row under <see cref="RowErrorPolicy.Fail"/>, repeated ids under <see cref="DuplicateIdPolicy.Error"/>, or too few usable rows.</exception>
    /// <exception cref="ArgumentException">The options are out of range (a column the options name that the file lacks is a <see cref="PersonasDataException"/>).</exception>
    public static CustomerTable ReadFile(string path, CustomerReadOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new CustomerReadOptions();
        Validate(options);
        var source = Path.GetFileName(path);
        var peek = TextSource.Peek(path);
        StreamReader? current = null;
        TextReader OpenText()
        {
            var reader = TextSource.Open(path);
            current = reader as StreamReader;
            return reader;
        }

        return ReadDelimited(source, OpenText, peek, options, progress, () => Position(current), cancellationToken);
    }

    /// <summary>Reads delimited text from a reader (buffered in memory, since the reader is read in two passes).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in messages (a file name).</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PersonasDataException">As for <see cref="ReadFile"/>.</exception>
    public static CustomerTable Read(TextReader reader, string sourceName, CustomerReadOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= new CustomerReadOptions();
        Validate(options);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            throw DelimitedInput.InvalidText(sourceName, e);
        }

        var peek = new List<string>();
        using (var lines = new StringReader(text))
        {
            while (peek.Count < 20 && lines.ReadLine() is { } line)
            {
                peek.Add(line);
            }
        }

        return ReadDelimited(sourceName, () => new StringReader(text), peek, options, progress, null, cancellationToken);
    }

    /// <summary>Checks that a table has enough usable rows for the number of personas asked for.</summary>
    /// <param name="table">The table.</param>
    /// <param name="personas">The number of personas (clusters) to build.</param>
    /// <exception cref="PersonasDataException">The table has fewer usable rows than <paramref name="personas"/>.</exception>
    public static void EnsureEnoughRows(CustomerTable table, int personas)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(personas, 1);
        if (table.RowCount >= personas)
        {
            return;
        }

        var first = table.Exclusions.Count > 0 ? $"; first excluded: line {table.Exclusions[0].Line}: {table.Exclusions[0].Reason}" : string.Empty;
        throw new PersonasDataException(table.Source, null, null, $"{table.RowCount.ToString(CultureInfo.InvariantCulture)} usable rows",
            $"expected at least {personas.ToString(CultureInfo.InvariantCulture)} usable rows ({table.Exclusions.Count.ToString(CultureInfo.InvariantCulture)} rows were excluded{first})");
    }

    /// <summary>Reads records from another source (Parquet, a SQL query): the header and the records (opened once per pass)
    /// go through the same role inference, row accounting and exclusions as a delimited file.</summary>
    /// <param name="source">The source name for messages.</param>
    /// <param name="header">The column names (unique, not blank).</param>
    /// <param name="open">Opens the records; called once per pass, each pass must yield the same records.</param>
    /// <param name="options">How to read.</param>
    /// <param name="notes">Notes about the source so far.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="position">The fraction read so far, or null.</param>
    /// <param name="ct">Cancels the read.</param>
    internal static CustomerTable ReadRecords(string source, string[] header, Func<IRecordSource> open, CustomerReadOptions? options, List<string> notes, IProgress<PersonasProgress>? progress, Func<double>? position, CancellationToken ct)
    {
        options ??= new CustomerReadOptions();
        Validate(options);
        CheckColumns(options, header, source);
        return new TableReader(source, header, open, options, notes, null, progress, position, ct).Read();
    }

    private static CustomerTable ReadDelimited(string source, Func<TextReader> openText, IReadOnlyList<string> peek, CustomerReadOptions options, IProgress<PersonasProgress>? progress, Func<double>? position, CancellationToken ct)
    {
        var notes = new List<string>();
        var input = DelimitedInput.Open(source, openText, peek, options.Delimiter, notes);
        CheckColumns(options, input.Header, source);
        var hint = DelimiterDetector.Name(input.Delimiter) + (options.Delimiter is null ? ", detected" : ", from the options");
        return new TableReader(source, input.Header, () => input.OpenRecords(), options, notes, hint, progress, position, ct).Read();
    }

    private static void Validate(CustomerReadOptions o)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(o.MaxCategoryLevels, 2, nameof(o.MaxCategoryLevels));
        if (o.MinRows is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(o.MinRows));
        }

        if (o.Delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(o));
        }
    }

    /// <summary>Every column the options name must exist (a typo must not silently change the personas).</summary>
    private static void CheckColumns(CustomerReadOptions o, IReadOnlyList<string> header, string source)
    {
        var names = new HashSet<string>(header, StringComparer.Ordinal);
        var named = new List<string>();
        if (o.IdColumn is not null)
        {
            named.Add(o.IdColumn);
        }

        named.AddRange(o.Columns ?? []);
        named.AddRange(o.Exclude ?? []);
        named.AddRange(o.Roles?.Keys ?? Enumerable.Empty<string>());
        named.AddRange(o.DateFormats?.Keys ?? Enumerable.Empty<string>());
        foreach (var n in named.Where(n => !names.Contains(n)))
        {
            throw new PersonasDataException(source, 1, n, null, $"expected a column named '{n}' (named in the options); the columns are: {string.Join(", ", header)}");
        }
    }

    /// <summary>The fraction of a file read so far, from the reader's underlying file stream (0 when unknown).</summary>
    internal static double Position(StreamReader? reader)
    {
        var s = reader?.BaseStream;
        if (s is TextSource.GzipGuard g)
        {
            s = g.BaseStream;
        }

        return s is { CanSeek: true, Length: > 0 } ? (double)s.Position / s.Length : 0;
    }
}
