using DuckDB.NET.Data;
using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;
using Personas.Features;
using Personas.Model;
using Personas.Sql;

namespace Personas.DuckDB.Tests.Sql;

/// <summary>
/// The query text of every dialect is fixed by a golden file (regenerate with <c>PERSONAS_WRITE_GOLDEN=1</c> and review the
/// diff); the spots where dialects differ are checked one by one; and the 64-bit arithmetic that BigQuery and Snowflake use
/// (they have no 32-bit float) is run in DuckDB to measure how far it is from the library.
/// </summary>
public sealed class DialectGoldenTests
{
    private static readonly string GoldenFolder = Path.Combine(Paths.RepoRoot, "tests", "Personas.DuckDB.Tests", "Sql", "Golden");

    /// <summary>The hand-made model with names that need escaping: a quote, a backslash, a double quote and a line break.</summary>
    private static PersonaModel Tricky()
    {
        var m = SqlEdgeCaseTests.HandMadeModel();
        var columns = m.Plan.Columns.Select(c => c.Name == "tier"
            ? c with { Name = "tier \"level\"", Levels = ["gold", "it's \\ \"q\"", DataDefaults.OtherLevel, FeaturePlan.MissingLevel], FeatureNames = ["t=gold", "t=it's", "t=(other)", "t=(missing)"] }
            : c).ToList();
        var personas = m.Personas.Select(p => p.Id == "P3" ? p with { Name = "Up 'n' \\ away\nnow" } : p).ToList();
        return new PersonaModel(FeaturePlan.FromColumns(columns, []), personas, m.Training, m.Quality, m.CreatedAt, "test", 4);
    }

    /// <summary>A model with a date column (days to the latest date) and a level.</summary>
    private static PersonaModel Dated()
    {
        var columns = new List<PlannedColumn>
        {
            new() { Name = "joined", Role = ColumnRole.Date, Kind = FeatureKind.Numeric, ImputeValue = 400, Center = 380, Scale = 210, FirstFeature = 0, FeatureNames = ["joined"] },
            new() { Name = "channel", Role = ColumnRole.Categorical, Kind = FeatureKind.Categorical, Levels = ["web", "store"], LevelShares = [0.6, 0.4], Scale = Math.Sqrt(0.48), FirstFeature = 1, FeatureNames = ["channel=web", "channel=store"] },
        };
        ModelPersona P(string id, float[] c) => new() { Id = id, Name = "Persona " + id, Tagline = id, Size = 10, Share = 0.5, Centroid = c, Spread = new float[3], OutlierDistance = 2 };
        return new PersonaModel(FeaturePlan.FromColumns(columns, []), [P("P1", [0.8f, 0.5f, -0.5f]), P("P2", [-0.8f, -0.6f, 0.6f])], new DataFingerprint("dated", 20, ["joined", "channel"], "sha256:" + new string('1', 64)), ModelQuality.None, DateTimeOffset.UnixEpoch, "test", 3);
    }

    public static TheoryData<string, SqlDialect> Cases()
    {
        var data = new TheoryData<string, SqlDialect>();
        foreach (var d in Enum.GetValues<SqlDialect>())
        {
            data.Add("tricky", d);
            if (d != SqlDialect.Ansi)
            {
                data.Add("dated", d);
            }
        }

        return data;
    }

    private static string Generate(string model, SqlDialect dialect) =>
        AssignmentSql.Generate(model == "tricky" ? Tricky() : Dated(), new AssignmentSqlOptions { Dialect = dialect, Table = "crm.customers", IdColumn = "customer id" })
            .Replace("Personas " + PersonasInfo.Version, "Personas (version)", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_MatchesItsGoldenFile(string model, SqlDialect dialect)
    {
        var file = Path.Combine(GoldenFolder, $"{model}.{dialect.ToString().ToLowerInvariant()}.sql");
        var sql = Generate(model, dialect);
        if (Environment.GetEnvironmentVariable("PERSONAS_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(file, sql);
        }

        Assert.True(File.Exists(file), $"no golden file {file}: run the tests with PERSONAS_WRITE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n"), sql);
    }

    [Fact]
    public void Dialects_DifferInTheDocumentedSpots()
    {
        string Q(SqlDialect d) => Generate("tricky", d) + Generate(d == SqlDialect.Ansi ? "tricky" : "dated", d);

        // Quoting of identifiers and the table path; string escapes.
        Assert.Contains("FROM \"crm\".\"customers\"", Q(SqlDialect.DuckDb), StringComparison.Ordinal);
        Assert.Contains("FROM `crm`.`customers`", Q(SqlDialect.Spark), StringComparison.Ordinal);
        Assert.Contains("FROM `crm.customers`", Q(SqlDialect.BigQuery), StringComparison.Ordinal);
        Assert.Contains("\"tier \"\"level\"\"\"", Q(SqlDialect.PostgreSql), StringComparison.Ordinal);
        Assert.Contains("`tier \"level\"`", Q(SqlDialect.Spark), StringComparison.Ordinal);
        Assert.Contains("'it''s \\ \"q\"'", Q(SqlDialect.DuckDb), StringComparison.Ordinal);
        foreach (var d in new[] { SqlDialect.Spark, SqlDialect.BigQuery, SqlDialect.Snowflake })
        {
            Assert.Contains("'it\\'s \\\\ \"q\"'", Q(d), StringComparison.Ordinal);
            Assert.Contains("'Up \\'n\\' \\\\ away\\nnow'", Q(d), StringComparison.Ordinal);
        }

        // 32-bit floats where the engine has them; 64-bit elsewhere (no CAST to a 32-bit type at all).
        Assert.Contains("AS FLOAT)", Q(SqlDialect.DuckDb), StringComparison.Ordinal);
        Assert.Contains("AS FLOAT)", Q(SqlDialect.Spark), StringComparison.Ordinal);
        Assert.Contains("AS REAL)", Q(SqlDialect.PostgreSql), StringComparison.Ordinal);
        Assert.Contains("AS REAL)", Q(SqlDialect.Ansi), StringComparison.Ordinal);
        Assert.DoesNotContain("AS FLOAT)", Q(SqlDialect.BigQuery), StringComparison.Ordinal);
        Assert.DoesNotContain("AS FLOAT)", Q(SqlDialect.Snowflake), StringComparison.Ordinal);
        Assert.Contains("AS FLOAT64)", Q(SqlDialect.BigQuery), StringComparison.Ordinal);

        // LN everywhere; LEAST/GREATEST except in ISO SQL, which writes CASE.
        foreach (var d in Enum.GetValues<SqlDialect>())
        {
            Assert.Contains("LN(", Q(d), StringComparison.Ordinal);
            Assert.Equal(d != SqlDialect.Ansi, Q(d).Contains("LEAST(", StringComparison.Ordinal));
            Assert.Equal(d != SqlDialect.Ansi, Q(d).Contains("GREATEST(", StringComparison.Ordinal));
        }

        // NaN tests and days since 0001-01-01.
        Assert.Contains("isnan(v0)", Q(SqlDialect.DuckDb), StringComparison.Ordinal);
        Assert.Contains("IS_NAN(v0)", Q(SqlDialect.BigQuery), StringComparison.Ordinal);
        Assert.Contains("v0 = CAST('NaN' AS DOUBLE PRECISION)", Q(SqlDialect.PostgreSql), StringComparison.Ordinal);
        Assert.Contains("v0 <> v0", Q(SqlDialect.Ansi), StringComparison.Ordinal);
        Assert.Contains("epoch_us(CAST(\"joined\" AS TIMESTAMP))", Q(SqlDialect.DuckDb), StringComparison.Ordinal);
        Assert.Contains("EXTRACT(EPOCH FROM \"joined\")", Q(SqlDialect.PostgreSql), StringComparison.Ordinal);
        Assert.Contains("unix_micros(CAST(`joined` AS TIMESTAMP))", Q(SqlDialect.Spark), StringComparison.Ordinal);
        Assert.Contains("UNIX_MICROS(CAST(`joined` AS TIMESTAMP))", Q(SqlDialect.BigQuery), StringComparison.Ordinal);
        Assert.Contains("DATE_PART(EPOCH_MICROSECOND, CAST(\"joined\" AS TIMESTAMP_NTZ))", Q(SqlDialect.Snowflake), StringComparison.Ordinal);
        Assert.Contains(" AS MATERIALIZED (", Q(SqlDialect.PostgreSql), StringComparison.Ordinal);
    }

    [Fact]
    public void SixtyFourBitArithmetic_OfBigQueryAndSnowflake_RunInDuckDb_AgreesWithTheLibrary()
    {
        // BigQuery and Snowflake compute in 64-bit: the same query with 64-bit steps, run by DuckDB on the sample data.
        var csv = Path.Combine(Paths.DataSamples, "customers.csv");
        var (model, table) = SqlParity.Build(csv, k: 5);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SqlParity.LoadCsv(duck, "customers", csv, model, "customer_id");
        var sql = AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = SqlDialect.DuckDb, Table = "customers" }, float32: false);
        Assert.DoesNotContain("AS FLOAT)", sql, StringComparison.Ordinal);
        var compared = SqlParity.AssertSame(SqlParity.Run(duck, sql), SqlParity.Library(model, table), exactFloats: false);
        Assert.Equal(table.RowCount, compared);
    }
}
