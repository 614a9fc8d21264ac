using System.Globalization;
using DuckDB.NET.Data;
using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;
using Personas.Features;
using Personas.Model;
using Personas.Sql;

namespace Personas.DuckDB.Tests.Sql;

/// <summary>
/// The cases where an assignment is easiest to get wrong, run in DuckDB and PostgreSQL against
/// <see cref="PersonaModel.Assign(IReadOnlyDictionary{string, string})"/>: exact ties between personas (the lowest
/// index wins), missing values of every spelling, levels the model has not seen (its <c>(other)</c> level), outliers,
/// values that round to zero or overflow a 32-bit float, and booleans written as words, numbers and BOOLEAN.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SqlEdgeCaseTests
{
    private readonly PostgresServer _pg;

    public SqlEdgeCaseTests(PostgresServer pg)
    {
        _pg = pg;
    }

    /// <summary>A model written by hand: P1 and P2 mirror each other in x, P3 sits apart in y; amount is log1p'd and weighted;
    /// y has a missing indicator; tier has (other) and (missing) levels; member is a boolean.</summary>
    internal static PersonaModel HandMadeModel()
    {
        var tierShares = new[] { 0.4, 0.3, 0.2, 0.1 };
        var tierScale = Math.Sqrt(tierShares.Sum(p => p * (1 - p)));
        var columns = new List<PlannedColumn>
        {
            new() { Name = "x", Role = ColumnRole.Numeric, Kind = FeatureKind.Numeric, ImputeValue = 0, FirstFeature = 0, FeatureNames = ["x"] },
            new() { Name = "y", Role = ColumnRole.Numeric, Kind = FeatureKind.Numeric, ImputeValue = 2.5, Center = 1, Scale = 2, MissingIndicator = true, MissingCount = 10, IndicatorCenter = 0.25, IndicatorScale = Math.Sqrt(0.25 * 0.75), FirstFeature = 1, FeatureNames = ["y", "y (missing)"] },
            new() { Name = "amount", Role = ColumnRole.Numeric, Kind = FeatureKind.Numeric, ImputeValue = 40.5, Log1p = true, Center = 3.2, Scale = 1.3, Weight = 0.7, FirstFeature = 3, FeatureNames = ["amount"] },
            new() { Name = "tier", Role = ColumnRole.Categorical, Kind = FeatureKind.Categorical, Levels = ["gold", "silver", DataDefaults.OtherLevel, FeaturePlan.MissingLevel], LevelShares = tierShares, Scale = tierScale, Weight = 1.2, FirstFeature = 4, FeatureNames = ["tier=gold", "tier=silver", "tier=(other)", "tier=(missing)"] },
            new() { Name = "member", Role = ColumnRole.Boolean, Kind = FeatureKind.Numeric, ImputeValue = 1, Center = 0.6, Scale = 0.49, FirstFeature = 8, FeatureNames = ["member"] },
        };
        var plan = FeaturePlan.FromColumns(columns, []);
        float[] Centroid(float x, float y) => [x, y, 0.1f, -0.3f, 0.5f, -0.2f, 0.1f, -0.1f, 0.2f];
        ModelPersona Persona(string id, string name, float[] centroid, float outlier) => new()
        {
            Id = id, Name = name, Tagline = name, Size = 100, Share = 1 / 3.0, Centroid = centroid, Spread = new float[centroid.Length], OutlierDistance = outlier,
        };
        var personas = new[]
        {
            Persona("P1", "Right", Centroid(1, 0), 3),
            Persona("P2", "Left", Centroid(-1, 0), 3),
            Persona("P3", "Up", Centroid(0, 2), 2.5f),
        };
        return new PersonaModel(plan, personas, new DataFingerprint("hand-made", 300, ["x", "y", "amount", "tier", "member"], "sha256:" + new string('0', 64)), ModelQuality.None, DateTimeOffset.UnixEpoch, "test", 4);
    }

    // id, x, y, amount, tier, member: ties, missing spellings, unseen levels, outliers, extreme values, boolean words.
    private static readonly string[][] Rows =
    [
        ["tie-p1-p2", "0", "1", "40.5", "gold", "yes"],
        ["tie-p1-p2-missing", "0", "", "", "", ""],
        ["tie-p2-p3", "-1", "2", "40.5", "gold", "yes"],
        ["right", "1.5", "0.5", "120", "silver", "No"],
        ["left", "-2", "0.2", "3", " gold ", "TRUE"],
        ["up", "0.1", "6", "0", "platinum", "f"],
        ["na-tokens", "NA", "?", "None", "NA", "n/a"],
        ["nan", "nan", "NaN", "null", "null", "NULL"],
        ["unseen-case", "0.3", "1", "12", "GOLD", "1"],
        ["other-level", "0.3", "1", "12", "(other)", "0"],
        ["negative-amount", "0.3", "1", "-5", "silver", "y"],
        ["far-outlier", "50", "-40", "1e6", "gold", "t"],
        ["tiny", "1e-50", "-1e-48", "1e-45", "silver", "N"],
        ["float-max", "3.4e38", "1", "1", "gold", "yes"],
        ["beyond-float", "1e39", "1", "1", "gold", "yes"],
        ["infinite", "Infinity", "1", "1", "gold", "yes"],
        ["bad-boolean", "0.5", "1", "1", "gold", "maybe"],
        ["quote'level", "0.5", "1", "1", "it's", "false"],
    ];

    internal static string WriteCsv()
    {
        var path = Path.Combine(Paths.NewTempDir(), "edge.csv");
        File.WriteAllLines(path, Rows.Select(r => string.Join(",", r.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c))).Prepend("id,x,y,amount,tier,member"));
        return path;
    }

    private static Dictionary<string, PersonaAssignment?> Expected(PersonaModel model)
    {
        var header = new[] { "id", "x", "y", "amount", "tier", "member" };
        var expected = new Dictionary<string, PersonaAssignment?>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var record = header.Zip(row).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.Ordinal);
            try
            {
                expected[row[0]] = model.Assign(record);
            }
            catch (PersonasDataException)
            {
                expected[row[0]] = null;
            }
        }

        return expected;
    }

    [Fact]
    public void HandMadeModel_TheCasesTheLibraryDefines_AreTheLibrarysInDuckDbAndPostgres()
    {
        var model = HandMadeModel();
        var expected = Expected(model);

        // The rows were chosen to hit each case: check that the library itself sees them so.
        Assert.Equal("P1", expected["tie-p1-p2"]!.Value.PersonaId);
        Assert.Equal("P2", expected["tie-p2-p3"]!.Value.PersonaId);
        Assert.True(expected["far-outlier"]!.Value.IsOutlier);
        Assert.Null(expected["beyond-float"]);
        Assert.Null(expected["infinite"]);
        Assert.Null(expected["bad-boolean"]);
        Assert.Equal(string.Empty, expected["float-max"]!.Value.PersonaId);
        var unseen = model.Assign(new Dictionary<string, string?> { ["x"] = "0.3", ["y"] = "1", ["amount"] = "12", ["tier"] = "GOLD", ["member"] = "1" });
        var other = model.Assign(new Dictionary<string, string?> { ["x"] = "0.3", ["y"] = "1", ["amount"] = "12", ["tier"] = "(other)", ["member"] = "1" });
        Assert.Equal(other.Distance, unseen.Distance);

        var csv = WriteCsv();
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SqlParity.LoadCsv(duck, "edge", csv, model, "id");
        var options = new AssignmentSqlOptions { Dialect = SqlDialect.DuckDb, Table = "edge", IdColumn = "id" };
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options)), expected);

        // ISO SQL has no NaN: the ANSI dialect tests it the IEEE way (v <> v), which engines that hold NaN equal to itself
        // (DuckDB, PostgreSQL) do not follow, so NaN is left out of the ANSI runs (a documented difference of that dialect).
        SqlParity.Execute(duck, "CREATE TABLE edge_ansi AS SELECT * FROM edge WHERE id <> 'nan'");
        var withoutNaN = expected.Where(e => e.Key != "nan").ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.Ansi, Table = "edge_ansi" })), withoutNaN);

        // member as a real BOOLEAN and as 0/1 integers: the same answers.
        SqlParity.Execute(duck, "CREATE TABLE edge_bool AS SELECT * REPLACE (CASE lower(trim(member)) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN 't' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'f' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS member) FROM edge WHERE id <> 'bad-boolean'");
        SqlParity.Execute(duck, "CREATE TABLE edge_int AS SELECT * REPLACE (CAST(member AS INTEGER) AS member) FROM edge_bool");
        var withoutBad = expected.Where(e => e.Key != "bad-boolean").ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options with { Table = "edge_bool" })), withoutBad);
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options with { Table = "edge_int" })), withoutBad);

        if (PostgresServer.BinFolder() is null)
        {
            return;
        }

        using var pg = _pg.Open();
        SqlParity.CopyToPostgres(duck, "edge", pg);
        SqlParity.CopyToPostgres(duck, "edge_bool", pg);
        SqlParity.CopyToPostgres(duck, "edge_ansi", pg);
        SqlParity.AssertSame(SqlParity.Run(pg, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.PostgreSql })), expected);
        SqlParity.AssertSame(SqlParity.Run(pg, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.Ansi, Table = "edge_ansi" })), withoutNaN);
        SqlParity.AssertSame(SqlParity.Run(pg, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.PostgreSql, Table = "edge_bool" })), withoutBad);
    }

    [Fact]
    public void DateColumn_DaysToTheLatestDateOfTheTable_AsPersonasAssignReadsAFile()
    {
        // Dates (day-first, as in Customer Personality Analysis) become days to the latest date, like the reader counts them.
        var dir = Paths.NewTempDir();
        var csv = Path.Combine(dir, "dated.csv");
        var random = new Random(5);
        var lines = new List<string> { "id,joined,spend,channel" };
        for (var i = 0; i < 400; i++)
        {
            var joined = new DateTime(2012, 1, 1).AddDays(random.Next(0, 900) + (i % 2 == 0 ? 0 : 700));
            var spend = i % 2 == 0 ? random.Next(10, 200) : random.Next(300, 900);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"C{i},{(i % 37 == 0 ? string.Empty : joined.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture))},{spend},{(random.Next(3) == 0 ? "web" : "store")}"));
        }

        File.WriteAllLines(csv, lines);
        var (model, table) = SqlParity.Build(csv, k: 3);
        Assert.Contains(model.Plan.Columns, c => c.Role == ColumnRole.Date);
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SqlParity.LoadCsv(duck, "dated", csv, model, "id", new Dictionary<string, string> { ["joined"] = "%d-%m-%Y" });
        var expected = SqlParity.Library(model, table);
        var options = new AssignmentSqlOptions { Dialect = SqlDialect.DuckDb, Table = "dated", IdColumn = "id" };
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options)), expected);
        Assert.Throws<NotSupportedException>(() => AssignmentSql.Generate(model, options with { Dialect = SqlDialect.Ansi }));
        if (PostgresServer.BinFolder() is not null)
        {
            using var pg = _pg.Open();
            SqlParity.CopyToPostgres(duck, "dated", pg);
            SqlParity.AssertSame(SqlParity.Run(pg, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.PostgreSql })), expected);
        }
    }
}
