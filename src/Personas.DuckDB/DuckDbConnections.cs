using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Personas.Data;

namespace Personas.DuckDB;

/// <summary>Opening embedded DuckDB for a source, and DuckDB's errors as data errors that name the source.</summary>
internal static class DuckDbConnections
{
    /// <summary>An in-memory database; with a database file, the file is attached read-only and made the default catalog.</summary>
    public static DuckDBConnection Open(DuckDbSource source)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            if (source.DatabaseFile is { } file)
            {
                if (!File.Exists(file))
                {
                    throw new PersonasDataException(Path.GetFileName(file), null, null, null, $"expected a DuckDB database file; {file} does not exist");
                }

                Execute(connection, source, $"ATTACH '{file.Replace("'", "''", StringComparison.Ordinal)}' AS personas_source (READ_ONLY)");
                Execute(connection, source, "USE personas_source");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Execute(DuckDBConnection connection, DuckDbSource source, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Run(source, () => command.ExecuteNonQuery());
    }

    public static T Scalar<T>(DuckDBConnection connection, DuckDbSource source, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Run(source, () => (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture));
    }

    /// <summary>Runs DuckDB work; DuckDB's own errors (a syntax error, a missing file or column) become data errors naming the source.</summary>
    public static T Run<T>(DuckDbSource source, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DbException e)
        {
            throw new PersonasDataException(source.Name, null, null, null, "a query DuckDB can run; DuckDB says: " + FirstLine(e.Message), e);
        }
    }

    /// <summary>The files a glob matches, by DuckDB's own glob rules.</summary>
    public static string[] Glob(string pattern)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT file FROM glob('{pattern.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var files = new List<string>();
        while (reader.Read())
        {
            files.Add(Path.GetFullPath(reader.GetString(0)));
        }

        return [.. files];
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', 2)[0].Trim();
        return line.Length > 400 ? line[..400] + "..." : line;
    }
}
