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

    private static CustomerTable ReadDelimited(string source, Func<TextReader> openText, IReadOnlyList<string> peek, CustomerReadOptions options, IProgress<PersonasProgress>? progress, Func<double>? position, CancellationToken ct)
    {
        var notes = new List<string>();
        var input = DelimitedInput.Open(source, openText, peek, options.Delimiter, notes);
        CheckColumns(options, input.Header, source);
        var hint = DelimiterDetector.Name(input.Delimiter) + (options.Delimiter is null ? ", detected" : ", from the options");
        return new TableReader(source, input.Header, input.OpenRecords, options, notes, hint, progress, position, ct).Read();
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

    private static double Position(StreamReader? reader)
    {
        var s = reader?.BaseStream;
        if (s is TextSource.GzipGuard g)
        {
            s = g.BaseStream;
        }

        return s is { CanSeek: true, Length: > 0 } ? (double)s.Position / s.Length : 0;
    }
}
