using System.Text.Json;
using DuckDB.NET.Data;
using Personas.Cli;
using Personas.Model;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>The commands read Parquet files, folders and globs wherever they read CSV, and build from a SQL query (--sql, --duckdb).</summary>
public class ParquetInputTests
{
    private static readonly string Customers = Path.Combine(Paths.DataSamples, "customers.csv");
    private static readonly string Events = Path.Combine(Paths.DataSamples, "touchpoints.csv");

    private static string ToParquet(string csv, string parquet, string options = "")
    {
        using var con = new DuckDBConnection("Data Source=:memory:");
        con.Open();
        using var cmd = con.CreateCommand();
        cmd.CommandText = $"COPY (SELECT * FROM read_csv('{csv}', header = true{options})) TO '{parquet}' (FORMAT PARQUET)";
        cmd.ExecuteNonQuery();
        return parquet;
    }

    [Fact]
    public void Build_ParquetCustomersAndEvents_WritesTheCsvBuildsAssignments_AndRecordsTheFiles()
    {
        var dir = Paths.NewTempDir();
        var customers = ToParquet(Customers, Path.Combine(dir, "customers.parquet"));
        var events = ToParquet(Events, Path.Combine(dir, "touchpoints.parquet"), ", all_varchar = true");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", Customers, "--events", Events, "--k", "4", "--out", Path.Combine(dir, "csv"));
        Assert.True(code == ExitCodes.Ok, err);
        (code, var stdout, err) = BuildCommandTests.Run("build", "--customers", customers, "--events", events, "--k", "4", "--out", Path.Combine(dir, "parquet"));
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Contains("customers.parquet: 5000 rows read", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "assignments.csv", "exclusions.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "csv", file)), File.ReadAllBytes(Path.Combine(dir, "parquet", file)));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "parquet", "personas.json")));
        var inputs = json.RootElement.GetProperty("reproducibility").GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("file").GetString()).ToList();
        Assert.Equal([customers, events], inputs);
    }

    [Fact]
    public void Build_SqlSample_TheDocumentedHashOrderedSample_IsTheSameCustomersWhateverTheThreads()
    {
        // docs/scale.md: a sample drawn in the query by a seeded hash of the id is deterministic, so two builds (with
        // one and two threads) learn from the same 1,500 customers and write the same assignments.
        var dir = Paths.NewTempDir();
        var parquet = ToParquet(Customers, Path.Combine(dir, "customers.parquet"));
        var query = $"SELECT * FROM read_parquet('{parquet}') ORDER BY hash(customer_id || ':2026Q4'), customer_id LIMIT 1500";
        var (code, stdout, err) = BuildCommandTests.Run("build", "--sql", query, "--k", "3", "--threads", "1", "--out", Path.Combine(dir, "one"));
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Contains("1500 rows read", stdout, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("build", "--sql", query, "--k", "3", "--threads", "2", "--out", Path.Combine(dir, "two"));
        Assert.True(code == ExitCodes.Ok, err);
        var one = File.ReadAllLines(Path.Combine(dir, "one", "assignments.csv"));
        Assert.Equal(1501, one.Length);
        Assert.Equal(one, File.ReadAllLines(Path.Combine(dir, "two", "assignments.csv")));
    }

    [Fact]
    public void Build_Sql_RecordsTheQueryInPersonasJsonAndTheModel()
    {
        var dir = Paths.NewTempDir();
        var parts = Directory.CreateDirectory(Path.Combine(dir, "parts")).FullName;
        ToParquet(Customers, Path.Combine(parts, "all.parquet"));
        var query = $"SELECT * FROM read_parquet('{parts}/*.parquet') WHERE region <> 'Iceland'";
        var (code, stdout, err) = BuildCommandTests.Run("build", "--sql", query, "--k", "3", "--out", Path.Combine(dir, "out"));
        Assert.True(code == ExitCodes.Ok, err);
        Assert.StartsWith("query: ", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out", "personas.json")));
        var input = json.RootElement.GetProperty("reproducibility").GetProperty("inputs")[0];
        Assert.Equal(query, input.GetProperty("query").GetString());
        Assert.Equal("query", input.GetProperty("file").GetString());
        var model = PersonaModel.Load(Path.Combine(dir, "out", "model.persona.json"));
        Assert.Equal(query, model.Training.Inputs.Single().Query);
        Assert.Equal(query, model.Training.Options["sql"]);
        Assert.InRange(json.RootElement.GetProperty("source").GetProperty("rowsRead").GetInt64(), 4000, 4999);
    }

    [Fact]
    public void Build_SqlOnADuckDbFile_ReadsItsTables_AndAssignReadsParquet()
    {
        var dir = Paths.NewTempDir();
        var db = Path.Combine(dir, "crm.duckdb");
        using (var con = new DuckDBConnection($"Data Source={db}"))
        {
            con.Open();
            using var cmd = con.CreateCommand();
            cmd.CommandText = $"CREATE TABLE customers AS SELECT * FROM read_csv('{Customers}', header = true)";
            cmd.ExecuteNonQuery();
        }

        var (code, _, err) = BuildCommandTests.Run("build", "--sql", "SELECT * FROM customers", "--duckdb", db, "--k", "3", "--out", Path.Combine(dir, "out"));
        Assert.True(code == ExitCodes.Ok, err);
        var parquet = ToParquet(Customers, Path.Combine(dir, "c.parquet"));
        var model = Path.Combine(dir, "out", "model.persona.json");
        (code, _, err) = BuildCommandTests.Run("assign", "--model", model, "--customers", parquet, "--out", Path.Combine(dir, "a.csv"));
        Assert.True(code == ExitCodes.Ok, err);
        (code, _, err) = BuildCommandTests.Run("assign", "--model", model, "--customers", Customers, "--out", Path.Combine(dir, "b.csv"));
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "b.csv")), File.ReadAllBytes(Path.Combine(dir, "a.csv")));
    }

    [Fact]
    public void Journeys_ParquetGlobOfEvents_AsTheCsv()
    {
        var dir = Paths.NewTempDir();
        ToParquet(Events, Path.Combine(dir, "ev-1.parquet"), ", all_varchar = true");
        var (code, _, err) = BuildCommandTests.Run("journeys", "--events", Path.Combine(dir, "ev-*.parquet"), "--out", Path.Combine(dir, "p"));
        Assert.True(code == ExitCodes.Ok, err);
        (code, _, err) = BuildCommandTests.Run("journeys", "--events", Events, "--out", Path.Combine(dir, "c"));
        Assert.True(code == ExitCodes.Ok, err);
        static string Stable(string file) => string.Join('\n', File.ReadAllLines(file).Where(l => !l.Contains("\"source\"", StringComparison.Ordinal) && !l.Contains("createdAt", StringComparison.Ordinal) && !l.Contains("\"file\"", StringComparison.Ordinal)));
        Assert.Equal(Stable(Path.Combine(dir, "c", "journeys.json")), Stable(Path.Combine(dir, "p", "journeys.json")));
    }

    [Fact]
    public void TextOptions_WithParquetOrSql_AreUsageErrors_AndEmptyGlobsBadInput()
    {
        var dir = Paths.NewTempDir();
        var parquet = ToParquet(Customers, Path.Combine(dir, "c.parquet"));
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", parquet, "--delimiter", ";", "--out", Path.Combine(dir, "o"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--delimiter applies to delimited text", err, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("build", "--sql", "SELECT 1 AS x", "--decimal-comma", "--out", Path.Combine(dir, "o"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--decimal-comma", err, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("build", "--customers", Customers, "--duckdb", Path.Combine(dir, "x.duckdb"), "--out", Path.Combine(dir, "o"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--duckdb applies only with --sql", err, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("build", "--customers", Path.Combine(dir, "none-*.parquet"), "--out", Path.Combine(dir, "o"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("matches none", err, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("build", "--sql", "SELEKT nonsense", "--out", Path.Combine(dir, "o"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("DuckDB says", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
