using DuckDB.NET.Data;
using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;
using Personas.Features;
using Personas.Model;
using Personas.Sql;

namespace Personas.DuckDB.Tests.Sql;

/// <summary>
/// The encodings of docs/columns.md in the assignment query, run in DuckDB and PostgreSQL against
/// <see cref="PersonaModel.Assign(IReadOnlyDictionary{string, string})"/>: a sentinel ("not applicable" code) read as
/// missing with its indicator, implausible values clipped to the learned bounds, a signed log for money with
/// negatives, and one fact recorded in two columns merged into one indicator (its level and its value neutral in
/// their own columns).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SqlColumnRulesTests
{
    private static readonly string[] Header = ["id", "pdays", "net", "internet", "phone"];

    // id, pdays, net, internet, phone: each row hits one rule (or several).
    private static readonly string[][] Rows =
    [
        ["sentinel", "-1", "5", "DSL", "1"],
        ["clipped-high", "500", "5", "Fiber", "1"],
        ["clipped-low", "-0.5", "-5", "DSL", "yes"],
        ["missing", "", "", "", ""],
        ["neutral-level", "3", "-200", "No internet service", "1"],
        ["neutral-value", "3", "0", "Fiber", "0"],
        ["both-neutral", "3", "2.5", "No internet service", "no"],
        ["unseen-level", "3", "1e6", "Cable", "1"],
        ["negative-zero", "3", "-0", "DSL", "1"],
        ["near-sentinel", "-1.5", "-1e-3", "Fiber", "true"],
    ];

    private readonly PostgresServer _pg;

    public SqlColumnRulesTests(PostgresServer pg)
    {
        _pg = pg;
    }

    /// <summary>pdays: sentinel -1, bounds 0..100, missing indicator; net: signed log; internet: a neutral level;
    /// phone: a boolean whose 0 is neutral; and the merged indicator of "internet = No internet service" or "phone = 0".</summary>
    internal static PersonaModel RulesModel()
    {
        var columns = new List<PlannedColumn>
        {
            new() { Name = "pdays", Role = ColumnRole.Numeric, Kind = FeatureKind.Numeric, ImputeValue = 5, Sentinel = -1, LowerBound = 0, UpperBound = 100, Center = 10, Scale = 20, MissingIndicator = true, MissingCount = 30, IndicatorCenter = 0.3, IndicatorScale = Math.Sqrt(0.21), FirstFeature = 0, FeatureNames = ["pdays", "pdays (missing)"] },
            new() { Name = "net", Role = ColumnRole.Numeric, Kind = FeatureKind.Numeric, ImputeValue = 0, SignedLog = true, Center = 1, Scale = 3, FirstFeature = 2, FeatureNames = ["net"] },
            new() { Name = "internet", Role = ColumnRole.Categorical, Kind = FeatureKind.Categorical, Levels = ["DSL", "Fiber"], LevelShares = [0.5, 0.3], NeutralLevels = ["No internet service"], Scale = 0.6, FirstFeature = 3, FeatureNames = ["internet=DSL", "internet=Fiber"] },
            new() { Name = "phone", Role = ColumnRole.Boolean, Kind = FeatureKind.Numeric, ImputeValue = 1, NeutralValue = 0, Center = 0.9, Scale = 0.3, FirstFeature = 5, FeatureNames = ["phone"] },
            new() { Name = "No service (2 columns)", Role = ColumnRole.Boolean, Kind = FeatureKind.Indicator, Center = 0.2, Scale = 0.4, Weight = 0.8, Sources = [new IndicatorSource("internet", "No internet service", null), new IndicatorSource("phone", null, 0)], FirstFeature = 6, FeatureNames = ["No service (2 columns)"] },
        };
        var plan = FeaturePlan.FromColumns(columns, []);
        ModelPersona Persona(string id, float[] centroid) => new()
        {
            Id = id, Name = id, Tagline = id, Size = 100, Share = 1 / 3.0, Centroid = centroid, Spread = new float[centroid.Length], OutlierDistance = 3,
        };
        var personas = new[]
        {
            Persona("P1", [-0.4f, 1.2f, 0.3f, 0.8f, -0.5f, 0.3f, -0.5f]),
            Persona("P2", [0.6f, -0.6f, -0.9f, -0.8f, 1.1f, 0.2f, -0.4f]),
            Persona("P3", [-0.2f, -0.4f, 0.1f, -0.3f, -0.4f, -2.5f, 2.1f]),
        };
        return new PersonaModel(plan, personas, new DataFingerprint("rules", 300, Header.Skip(1).ToArray(), "sha256:" + new string('0', 64)), ModelQuality.None, DateTimeOffset.UnixEpoch, "test", 4);
    }

    [Fact]
    public void ColumnRules_SentinelClipSignedLogMergedFact_AreTheLibrarysInDuckDbAndPostgres()
    {
        var model = RulesModel();
        var expected = new Dictionary<string, PersonaAssignment?>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            expected[row[0]] = model.Assign(Header.Zip(row).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.Ordinal));
        }

        // The rows reach the rules: a sentinel sits at pdays' centre with the indicator on, as a missing value does not
        // (a missing value is imputed with 5, not 0); clipping makes 500 the same as 100; the neutral level and value
        // both switch the merged indicator on.
        var features = (string id) => Features(model, Rows.Single(r => r[0] == id));
        Assert.Equal(0f, features("sentinel")[0]);
        Assert.Equal(features("missing")[1], features("sentinel")[1]);
        Assert.Equal(Features(model, ["x", "100", "5", "Fiber", "1"]), features("clipped-high"));
        Assert.Equal(0f, features("clipped-low")[0] * 20 + 10 - 0, 5);
        Assert.True(features("neutral-level")[2] < -1.9f, "signed log of -200 is about -5.3, centred and scaled");
        Assert.Equal(features("neutral-value")[6], features("neutral-level")[6]);
        Assert.Equal(new[] { 0f, 0f }, features("neutral-level")[3..5]);
        Assert.Equal(0f, features("neutral-value")[5]);
        Assert.Equal(3, expected.Values.Select(a => a!.Value.PersonaId).Distinct().Count());

        var csv = Path.Combine(Paths.NewTempDir(), "rules.csv");
        File.WriteAllLines(csv, Rows.Select(r => string.Join(",", r)).Prepend(string.Join(",", Header)));
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        SqlParity.LoadCsv(duck, "rules", csv, model, "id");
        var options = new AssignmentSqlOptions { Dialect = SqlDialect.DuckDb, Table = "rules", IdColumn = "id" };
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options)), expected);
        SqlParity.AssertSame(SqlParity.Run(duck, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.Ansi })), expected);
        if (PostgresServer.BinFolder() is null)
        {
            return;
        }

        using var pg = _pg.Open();
        SqlParity.CopyToPostgres(duck, "rules", pg);
        SqlParity.AssertSame(SqlParity.Run(pg, AssignmentSql.Generate(model, options with { Dialect = SqlDialect.PostgreSql })), expected);
    }

    private static float[] Features(PersonaModel model, string[] row)
    {
        var features = new float[model.Dimension];
        model.Plan.Encode(Header.Zip(row).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.Ordinal), features);
        return features;
    }
}
