using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;
using Personas.Data;
using Personas.Features;
using Personas.Model;

namespace Personas.DuckDB.Tests.TestSupport;

/// <summary>One row of an assignment query's result.</summary>
public sealed record SqlRow(string Id, string? PersonaId, string? PersonaName, float? Distance, float Confidence, bool IsOutlier);

/// <summary>
/// Runs generated assignment SQL in real engines and compares every customer with the library. Tables are loaded the
/// way a warehouse would hold them, by the engine's own CSV reader and casts (never by the library's parser): the model's
/// numeric columns as DOUBLE (the trimmed text cast; NA and blanks become NULL), date columns as DATE, the rest as text.
/// </summary>
public static class SqlParity
{
    /// <summary>Loads a CSV into a DuckDB table typed for the model; <paramref name="idColumn"/> null adds <c>row_id</c>, the 1-based row number.</summary>
    public static void LoadCsv(DuckDBConnection con, string table, string csv, PersonaModel model, string? idColumn, IReadOnlyDictionary<string, string>? dateFormats = null)
    {
        Execute(con, $"CREATE OR REPLACE TABLE raw_{table} AS SELECT * FROM read_csv('{csv.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = true)");
        var names = new List<string>();
        using (var cmd = con.CreateCommand())
        {
            cmd.CommandText = $"SELECT column_name FROM information_schema.columns WHERE table_name = 'raw_{table}' ORDER BY ordinal_position";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                names.Add(r.GetString(0));
            }
        }

        var plan = model.Plan.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var select = names.Select(n =>
        {
            var q = "\"" + n.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (dateFormats is not null && dateFormats.TryGetValue(n, out var format))
            {
                return $"CAST(TRY_STRPTIME(TRIM({q}), '{format}') AS DATE) AS {q}";
            }

            return plan.TryGetValue(n, out var pc) && pc.Kind == FeatureKind.Numeric && pc.Role != ColumnRole.Boolean
                ? $"TRY_CAST(TRIM({q}) AS DOUBLE) AS {q}"
                : q;
        });
        var id = idColumn is null ? "row_number() OVER () AS row_id, " : string.Empty;
        Execute(con, $"CREATE OR REPLACE TABLE {table} AS SELECT {id}{string.Join(", ", select)} FROM raw_{table}");
    }

    /// <summary>Copies a DuckDB table into PostgreSQL with the same column types (binary COPY).</summary>
    public static void CopyToPostgres(DuckDBConnection duck, string table, NpgsqlConnection pg)
    {
        var columns = new List<(string Name, string Type)>();
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                columns.Add((r.GetString(0), r.GetString(1)));
            }
        }

        static string Q(string n) => "\"" + n.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        static (string Sql, NpgsqlDbType Type) PgType(string duckType) => duckType switch
        {
            "DOUBLE" => ("DOUBLE PRECISION", NpgsqlDbType.Double),
            "BIGINT" => ("BIGINT", NpgsqlDbType.Bigint),
            "DATE" => ("DATE", NpgsqlDbType.Date),
            "TIMESTAMP" => ("TIMESTAMP", NpgsqlDbType.Timestamp),
            "BOOLEAN" => ("BOOLEAN", NpgsqlDbType.Boolean),
            _ => ("TEXT", NpgsqlDbType.Text),
        };
        using (var create = pg.CreateCommand())
        {
            create.CommandText = $"DROP TABLE IF EXISTS {Q(table)}; CREATE TABLE {Q(table)} ({string.Join(", ", columns.Select(c => Q(c.Name) + " " + PgType(c.Type).Sql))})";
            create.ExecuteNonQuery();
        }

        using var writer = pg.BeginBinaryImport($"COPY {Q(table)} ({string.Join(", ", columns.Select(c => Q(c.Name)))}) FROM STDIN (FORMAT BINARY)");
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = $"SELECT * FROM {table}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                writer.StartRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    if (r.IsDBNull(i))
                    {
                        writer.WriteNull();
                        continue;
                    }

                    var type = PgType(columns[i].Type).Type;
                    object value = type switch
                    {
                        NpgsqlDbType.Date => r.GetValue(i) is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(r.GetValue(i), CultureInfo.InvariantCulture)),
                        NpgsqlDbType.Double => r.GetDouble(i),
                        NpgsqlDbType.Bigint => r.GetInt64(i),
                        _ => r.GetValue(i),
                    };
                    writer.Write(value, type);
                }
            }
        }

        writer.Complete();
    }

    public static void Execute(DbConnection con, string sql)
    {
        using var cmd = con.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Runs an assignment query and reads its six columns.</summary>
    public static List<SqlRow> Run(DbConnection con, string sql)
    {
        using var cmd = con.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        using var r = cmd.ExecuteReader();
        Assert.Equal(AssignmentColumns, Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray());
        var rows = new List<SqlRow>();
        while (r.Read())
        {
            rows.Add(new SqlRow(
                Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!,
                r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : Convert.ToSingle(r.GetValue(3), CultureInfo.InvariantCulture),
                Convert.ToSingle(r.GetValue(4), CultureInfo.InvariantCulture),
                r.GetBoolean(5)));
        }

        return rows;
    }

    private static readonly string[] AssignmentColumns = ["customer_id", "persona_id", "persona_name", "distance", "confidence", "is_outlier"];

    /// <summary>The library's assignments: <c>AssignAll</c> over the table the customer reader reads from the CSV; its excluded rows have no persona.</summary>
    public static Dictionary<string, PersonaAssignment?> Library(PersonaModel model, CustomerTable table)
    {
        var expected = new Dictionary<string, PersonaAssignment?>(StringComparer.Ordinal);
        var assignments = model.AssignAll(table);
        for (var i = 0; i < table.RowCount; i++)
        {
            expected[table.Ids[i]] = assignments[i];
        }

        foreach (var e in table.Exclusions.Where(e => e.CustomerId is not null))
        {
            expected.TryAdd(e.CustomerId!, null);
        }

        return expected;
    }

    /// <summary>The library's assignments record by record (<see cref="PersonaModel.Assign(IReadOnlyDictionary{string, string})"/>),
    /// the cells read by DuckDB's CSV reader as text; a record the library refuses has no persona.</summary>
    public static Dictionary<string, PersonaAssignment?> LibraryByRecord(PersonaModel model, DuckDBConnection con, string table, string idColumn)
    {
        var expected = new Dictionary<string, PersonaAssignment?>(StringComparer.Ordinal);
        using var cmd = con.CreateCommand();
        cmd.CommandText = $"SELECT * FROM raw_{table}";
        using var r = cmd.ExecuteReader();
        var row = 0;
        while (r.Read())
        {
            row++;
            var record = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < r.FieldCount; i++)
            {
                record[r.GetName(i)] = r.IsDBNull(i) ? null : r.GetString(i);
            }

            var id = idColumn == "row_id" ? row.ToString(CultureInfo.InvariantCulture) : record[idColumn]!;
            try
            {
                expected[id] = model.Assign(record);
            }
            catch (PersonasDataException)
            {
                expected[id] = null;
            }
        }

        return expected;
    }

    /// <summary>Every customer of the query result has exactly the library's persona, distance, confidence and outlier flag (bit for bit in
    /// dialects with 32-bit floats); rows the library does not place have no persona. Returns the number of rows compared.</summary>
    public static int AssertSame(IReadOnlyList<SqlRow> rows, IReadOnlyDictionary<string, PersonaAssignment?> expected, bool exactFloats = true)
    {
        Assert.Equal(expected.Count, rows.Count);
        var problems = new List<string>();
        foreach (var row in rows)
        {
            Assert.True(expected.TryGetValue(row.Id, out var e), $"customer '{row.Id}' is not in the library's result");
            if (e is not { PersonaId.Length: > 0 } a)
            {
                if (row.PersonaId is not null || row.Distance is not null || !row.IsOutlier)
                {
                    problems.Add($"{row.Id}: the library places no persona, SQL gives {row.PersonaId} at {row.Distance}");
                }

                continue;
            }

            var sameFloats = exactFloats
                ? row.Distance == a.Distance && row.Confidence == a.Confidence
                : row.Distance is { } d && Math.Abs(d - a.Distance) <= 1e-6 * Math.Max(1, a.Distance) && Math.Abs(row.Confidence - a.Confidence) <= 1e-5;
            if (row.PersonaId != a.PersonaId || row.PersonaName != a.PersonaName || row.IsOutlier != a.IsOutlier || !sameFloats)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{row.Id}: library {a.PersonaId} d={a.Distance:R} c={a.Confidence:R} outlier={a.IsOutlier}; SQL {row.PersonaId} d={row.Distance:R} c={row.Confidence:R} outlier={row.IsOutlier}"));
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {rows.Count} customers differ:\n" + string.Join("\n", problems.Take(20)));
        return rows.Count;
    }

    /// <summary>Builds a model with the library's defaults from a file; a fixed k (the only option set) keeps the test short.</summary>
    public static (PersonaModel Model, CustomerTable Table) Build(string csv, int? k = null, CustomerReadOptions? read = null)
    {
        var table = CustomerReader.ReadFile(csv, read);
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new() { K = k } });
        var model = PersonaModel.Create(result.Plan, result.Segmentation, result.Personas, DataFingerprint.Compute(table), TimeProvider.System, result.Features);
        return (model, table);
    }
}
