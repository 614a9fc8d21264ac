using System.Globalization;
using Personas.Data;

namespace Personas.DuckDB;

/// <summary>
/// Where columnar or warehouse data comes from: Parquet files (one file, a folder of them, or a glob such as
/// <c>data/*.parquet</c>), or a SQL query run in embedded DuckDB (over Parquet or CSV files, or the tables of a DuckDB
/// database file). Nothing runs until a reader uses the source.
/// </summary>
/// <example>
/// <code>
/// var customers = DuckDbReader.ReadCustomers(DuckDbSource.Parquet("customers/*.parquet"));
/// var q = DuckDbReader.ReadCustomers(DuckDbSource.FromQuery("SELECT * FROM read_parquet('crm/*.parquet') WHERE country = 'FI'"));
/// </code>
/// </example>
public sealed class DuckDbSource
{
    private DuckDbSource(string name, string? query, string? databaseFile, string? parquetPath, string? textPath = null, char? delimiter = null)
    {
        Name = name;
        Query = query;
        DatabaseFile = databaseFile;
        ParquetPath = parquetPath;
        TextPath = textPath;
        Delimiter = delimiter;
    }

    /// <summary>The name used in messages and outputs: the file or folder name, the glob, or <c>query</c>.</summary>
    public string Name { get; }

    /// <summary>The SQL query given, or null for Parquet files.</summary>
    public string? Query { get; }

    /// <summary>The DuckDB database file the query runs against, or null (an in-memory database).</summary>
    public string? DatabaseFile { get; }

    /// <summary>The Parquet file, folder or glob given, or null for a query.</summary>
    public string? ParquetPath { get; }

    /// <summary>The delimited text file given (read by DuckDB's CSV reader, every column as text), or null.</summary>
    public string? TextPath { get; }

    /// <summary>The field delimiter of <see cref="TextPath"/>, or null for DuckDB's detection.</summary>
    public char? Delimiter { get; }

    /// <summary>
    /// A delimited text file (<c>.csv</c>, <c>.tsv</c>, compressed <c>.gz</c>) read by DuckDB's CSV reader with a header row
    /// and every column as text, so that cells are parsed by the same rules as in-process; for transactions aggregated in
    /// DuckDB (<see cref="DuckDbReader.AggregateTransactions"/>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The field delimiter, or null for DuckDB's detection.</param>
    /// <returns>The source.</returns>
    public static DuckDbSource DelimitedText(string path, char? delimiter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DuckDbSource(Path.GetFileName(path), null, null, null, path, delimiter);
    }

    /// <summary>Parquet input: a <c>.parquet</c> file, a folder (every <c>*.parquet</c> file below it, in name order), or a glob.</summary>
    /// <param name="path">The file, folder or glob.</param>
    /// <returns>The source.</returns>
    public static DuckDbSource Parquet(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DuckDbSource(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) is { Length: > 0 } n ? n : path, null, null, path);
    }

    /// <summary>A SQL query run in embedded DuckDB; its result is the input (one row per customer, transaction or event).</summary>
    /// <param name="sql">The query, for example <c>SELECT * FROM read_parquet('data/*.parquet')</c>.</param>
    /// <param name="databaseFile">A DuckDB database file whose tables the query reads (opened read-only), or null.</param>
    /// <returns>The source.</returns>
    public static DuckDbSource FromQuery(string sql, string? databaseFile = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        return new DuckDbSource(databaseFile is null ? "query" : "query on " + Path.GetFileName(databaseFile), sql, databaseFile, null);
    }

    /// <summary>True when a path names Parquet input: a <c>.parquet</c> file, a glob, or a folder holding Parquet files.</summary>
    /// <param name="path">A path given as an input file.</param>
    /// <returns>Whether to read it as Parquet.</returns>
    public static bool IsParquet(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || path.AsSpan().IndexOfAny("*?[") >= 0)
        {
            return true;
        }

        return Directory.Exists(path) && Directory.EnumerateFiles(path, "*.parquet", SearchOption.AllDirectories).Any();
    }

    /// <summary>The Parquet files of the source, sorted by path (for hashing them as inputs); empty for a query.</summary>
    /// <exception cref="PersonasDataException">Nothing matches, or the path does not exist.</exception>
    public IReadOnlyList<string> ResolveFiles()
    {
        if (TextPath is { } text)
        {
            return File.Exists(text) ? [Path.GetFullPath(text)] : throw new PersonasDataException(Name, null, null, null, $"expected a delimited text file; nothing exists at {text}");
        }

        if (ParquetPath is not { } path)
        {
            return [];
        }

        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*.parquet", SearchOption.AllDirectories).Select(Path.GetFullPath).ToArray();
        }
        else if (path.AsSpan().IndexOfAny("*?[") >= 0)
        {
            files = DuckDbConnections.Glob(path);
        }
        else
        {
            throw new PersonasDataException(Name, null, null, null, $"expected a Parquet file, a folder of Parquet files or a glob; nothing exists at {path}");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files.Length > 0
            ? files
            : throw new PersonasDataException(Name, null, null, null, string.Create(CultureInfo.InvariantCulture, $"expected at least one Parquet file; {path} matches none"));
    }

    /// <summary>What DuckDB reads the rows from: the query as a subquery, <c>read_csv</c> or <c>read_parquet</c> of <paramref name="files"/>.</summary>
    internal string FromClause(IReadOnlyList<string> files)
    {
        if (Query is { } query)
        {
            return $"({query.Trim().TrimEnd(';')})";
        }

        if (TextPath is not null)
        {
            var delimiter = Delimiter is { } d ? ", delim = " + DuckDbConnections.Literal(d.ToString()) : string.Empty;
            return $"read_csv({DuckDbConnections.Literal(files[0])}, header = true, all_varchar = true{delimiter})";
        }

        return $"read_parquet([{string.Join(", ", files.Select(DuckDbConnections.Literal))}], union_by_name = true)";
    }

    /// <summary>Where the rows came from, for the table's notes.</summary>
    internal string Describe(IReadOnlyList<string> files) =>
        Query is not null ? "rows from a SQL query run in embedded DuckDB" + (DatabaseFile is null ? string.Empty : $" on {Path.GetFileName(DatabaseFile)}")
        : TextPath is not null ? "delimited text read by DuckDB's CSV reader (every column as text)"
        : files.Count == 1 ? "Parquet file; column types from its schema" : string.Create(CultureInfo.InvariantCulture, $"{files.Count} Parquet files (in name order); column types from their schema");

    /// <inheritdoc/>
    public override string ToString() => Query is not null ? $"query: {Query}" : TextPath is not null ? $"delimited text {TextPath}" : $"Parquet {ParquetPath}";
}
