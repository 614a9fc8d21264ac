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
    private DuckDbSource(string name, string? query, string? databaseFile, string? parquetPath)
    {
        Name = name;
        Query = query;
        DatabaseFile = databaseFile;
        ParquetPath = parquetPath;
    }

    /// <summary>The name used in messages and outputs: the file or folder name, the glob, or <c>query</c>.</summary>
    public string Name { get; }

    /// <summary>The SQL query given, or null for Parquet files.</summary>
    public string? Query { get; }

    /// <summary>The DuckDB database file the query runs against, or null (an in-memory database).</summary>
    public string? DatabaseFile { get; }

    /// <summary>The Parquet file, folder or glob given, or null for a query.</summary>
    public string? ParquetPath { get; }

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

    /// <inheritdoc/>
    public override string ToString() => Query is null ? $"Parquet {ParquetPath}" : $"query: {Query}";
}
