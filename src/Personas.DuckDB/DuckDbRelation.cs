using DuckDB.NET.Data;
using Personas.Data;
using Personas.Data.Parsing;

namespace Personas.DuckDB;

/// <summary>
/// The rows of a source, readable any number of times in the same order: Parquet files are scanned in file order (DuckDB
/// keeps the order of rows within a file); a query's result is first stored in a temporary table, so that every pass sees
/// the same rows in the same order even when the query itself has no fixed order.
/// </summary>
internal sealed class DuckDbRelation : IDisposable
{
    private static readonly HashSet<string> NestedTypes = new(StringComparer.OrdinalIgnoreCase) { "LIST", "STRUCT", "MAP", "UNION", "ARRAY", "BLOB", "BIT", "VARIANT", "GEOMETRY" };

    private readonly DuckDBConnection _connection;
    private readonly DuckDbSource _source;
    private readonly string _select;

    private DuckDbRelation(DuckDBConnection connection, DuckDbSource source, string select, string[] header, long rows, List<string> notes, IReadOnlyList<string> files)
    {
        _connection = connection;
        _source = source;
        _select = select;
        Header = header;
        RowCount = rows;
        Notes = notes;
        Files = files;
    }

    /// <summary>The columns that are read (nested and binary columns are left out with a note).</summary>
    public string[] Header { get; }

    public long RowCount { get; }

    public List<string> Notes { get; }

    /// <summary>The Parquet files read (empty for a query).</summary>
    public IReadOnlyList<string> Files { get; }

    public static DuckDbRelation Open(DuckDbSource source, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var files = source.ResolveFiles();
        var connection = DuckDbConnections.Open(source);
        try
        {
            var notes = new List<string>();
            string from;
            if (source.Query is { } query)
            {
                DuckDbConnections.Execute(connection, source, "CREATE TEMP TABLE personas_rows AS " + query.Trim().TrimEnd(';'));
                from = "temp.personas_rows";
            }
            else
            {
                from = source.FromClause(files);
            }

            notes.Add(source.Describe(files));

            var columns = new List<string>();
            using (var describe = connection.CreateCommand())
            {
                describe.CommandText = $"DESCRIBE SELECT * FROM {from}";
                using var r = DuckDbConnections.Run(source, describe.ExecuteReader);
                while (r.Read())
                {
                    var name = r.GetString(0);
                    var type = r.GetString(1);
                    var baseType = type.Split('(', '[', ' ')[0];
                    if (NestedTypes.Contains(baseType) || type.EndsWith(']'))
                    {
                        notes.Add($"column '{name}' ({type}) is not read: nested and binary values are not customer attributes");
                        continue;
                    }

                    columns.Add(name);
                }
            }

            if (columns.Count == 0)
            {
                throw new PersonasDataException(source.Name, null, null, null, "expected at least one column of numbers, text, booleans or dates");
            }

            var select = $"SELECT {string.Join(", ", columns.Select(DuckDbConnections.Identifier))} FROM {from}";
            var rows = DuckDbConnections.Scalar<long>(connection, source, $"SELECT COUNT(*) FROM {from}");
            return new DuckDbRelation(connection, source, select, [.. columns], rows, notes, files);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Streams the rows as text records (a fresh pass each call).</summary>
    public DuckDbRecordSource OpenRecords()
    {
        var command = _connection.CreateCommand();
        command.CommandText = _select;
        command.UseStreamingMode = true;
        return new DuckDbRecordSource(command, DuckDbConnections.Run(_source, command.ExecuteReader), _source);
    }

    public void Dispose() => _connection.Dispose();
}
