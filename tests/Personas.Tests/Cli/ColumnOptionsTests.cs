using System.Globalization;
using System.Text.Json;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>Each option of docs/columns.md on the command line changes the outcome it names (issue 14).</summary>
public class ColumnOptionsTests
{
    private static readonly Lazy<string> Csv = new(() =>
    {
        var path = Path.Combine(Paths.NewTempDir(), "customers.csv");
        var lines = new List<string> { "customer_id,spend,visits,region,churn,mnt_a,mnt_b,gender" };
        for (var i = 0; i < 120; i++)
        {
            var high = i % 2 == 0;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"C{i:000},{(high ? 900 + (i * 7 % 50) : 100 + (i * 13 % 40))},{(high ? 20 + (i % 5) : 3 + (i % 3))},{1 + (i % 4)},{(i % 3 == 0 ? "Yes" : "No")},{(high ? 50 + (i % 9) : 5 + (i % 4))},{10 + (i % 7)},{(i % 5 < 2 ? "F" : "M")}"));
        }

        File.WriteAllLines(path, lines);
        return path;
    });

    private static JsonElement Build(params string[] extra)
    {
        var outDir = Paths.NewTempDir();
        var (code, _, err) = BuildCommandTests.Run(["build", "--customers", Csv.Value, "--k", "2", .. extra, "--out", outDir]);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json"))).RootElement.Clone();
    }

    private static string Use(JsonElement doc, string column) =>
        doc.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("use").GetString()!;

    private static string Role(JsonElement doc, string column) =>
        doc.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("role").GetString()!;

    private static (int Code, string Err) Fails(params string[] extra)
    {
        var (code, _, err) = BuildCommandTests.Run(["build", "--customers", Csv.Value, "--k", "2", .. extra, "--out", Paths.NewTempDir()]);
        return (code, err);
    }

    [Fact]
    public void Defaults_DetectChurnAsOutcome_AndRegionAsCodes()
    {
        var doc = Build();
        Assert.Equal("outcome", Use(doc, "churn"));
        Assert.Equal("categorical", Role(doc, "region"));
        Assert.Equal("churn", doc.GetProperty("outcomes")[0].GetProperty("column").GetString());
        Assert.Equal("a yes/no column named like an outcome ('churn')", doc.GetProperty("outcomes")[0].GetProperty("reason").GetString());
        Assert.Contains(doc.GetProperty("decisions").EnumerateArray(), d => d.GetString()!.StartsWith("churn: outcome, not a feature", StringComparison.Ordinal));
        var region = doc.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "region");
        Assert.StartsWith("categorical: 4 distinct integers in a column whose name says code", region.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All(doc.GetProperty("personas").EnumerateArray(), p => Assert.Equal("churn", p.GetProperty("outcomes")[0].GetProperty("column").GetString()));
    }

    [Fact]
    public void Outcome_MakesAColumnAKpi()
    {
        var doc = Build("--outcome", "visits");
        Assert.Equal("outcome", Use(doc, "visits"));
        Assert.Contains(doc.GetProperty("personas")[0].GetProperty("outcomes").EnumerateArray(), k => k.GetProperty("column").GetString() == "visits" && k.GetProperty("measure").GetString() == "mean");
    }

    [Fact]
    public void Feature_PutsADetectedOutcomeBack()
    {
        var doc = Build("--feature", "churn");
        Assert.Equal("feature", Use(doc, "churn"));
        Assert.Empty(doc.GetProperty("outcomes").EnumerateArray());
    }

    [Fact]
    public void DescribeOnly_KeepsTheColumnOnTheCardsOnly()
    {
        var doc = Build("--describe-only", "gender");
        Assert.Equal("describeOnly", Use(doc, "gender"));
        Assert.Contains(doc.GetProperty("personas")[0].GetProperty("comparisons").EnumerateArray(), t => t.GetProperty("feature").GetString() == "gender");
        Assert.Equal("feature", Use(Build(), "gender"));
    }

    [Fact]
    public void Weight_ChangesTheColumnsWeight_AndZeroLeavesItOut()
    {
        var doc = Build("--weight", "spend=0");
        Assert.Equal("notUsed", Use(doc, "spend"));
        Assert.Contains(doc.GetProperty("decisions").EnumerateArray(), d => d.GetString() == "spend: weight 0, not a feature");
        var (code, err) = Fails("--weight", "spend");
        Assert.Equal(2, code);
        Assert.Contains("option --weight: expected COLUMN=WEIGHT", err, StringComparison.Ordinal);
        (code, err) = Fails("--weight", "spend=-1");
        Assert.Equal(2, code);
        Assert.Contains("option --weight", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Categorical_And_Numeric_OverrideTheInferredRole()
    {
        Assert.Equal("categorical", Role(Build("--categorical", "visits"), "visits"));
        Assert.Equal("numeric", Role(Build("--numeric", "region"), "region"));
        var (code, err) = Fails("--categorical", "region", "--numeric", "region");
        Assert.Equal(2, code);
        Assert.Contains("both --categorical and --numeric", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueColumn_And_ValueColumns_ChooseTheValue()
    {
        var one = Build("--value-column", "spend");
        Assert.Equal(["spend"], one.GetProperty("value").GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Number, one.GetProperty("personas")[0].GetProperty("valueShare").ValueKind);
        var sum = Build("--value-columns", "mnt_a,mnt_b");
        Assert.Equal(["mnt_a", "mnt_b"], sum.GetProperty("value").GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var (code, err) = Fails("--value-column", "spend", "--value-columns", "mnt_a");
        Assert.Equal(2, code);
        Assert.Contains("not both", err, StringComparison.Ordinal);
        (code, err) = Fails("--value-column", "nope");
        Assert.Equal(2, code);
        Assert.Contains("option --value-column: nope is not allowed", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MinPersonaSize_SetsTheSmallestDescribedPersona()
    {
        var doc = Build("--min-persona-size", "100");
        Assert.All(doc.GetProperty("personas").EnumerateArray(), p => Assert.False(p.GetProperty("isDetailed").GetBoolean()));
        var (code, err) = Fails("--min-persona-size", "-1");
        Assert.Equal(2, code);
        Assert.Contains("option --min-persona-size: -1 is not allowed", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MinPersonaSize_WithAutoK_IsTheSmallestPersonaAllowed()
    {
        var outDir = Paths.NewTempDir();
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", Csv.Value, "--k-max", "4", "--min-persona-size", "50", "--out", outDir);
        Assert.True(code == 0, err);
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json"))).RootElement;
        Assert.Equal(50, doc.GetProperty("kSelection").GetProperty("minPersonaSize").GetInt32());
        Assert.All(doc.GetProperty("personas").EnumerateArray(), p => Assert.True(p.GetProperty("size").GetInt32() >= 50));
    }

    [Fact]
    public void MaxTraits_LimitsTheTraitsPerDirection()
    {
        var doc = Build("--max-traits", "1");
        foreach (var p in doc.GetProperty("personas").EnumerateArray())
        {
            var traits = p.GetProperty("traits").EnumerateArray().ToList();
            Assert.True(traits.Count(t => t.GetProperty("direction").GetString() == "higher") <= 1);
            Assert.True(traits.Count(t => t.GetProperty("direction").GetString() == "lower") <= 1);
        }

        Assert.True(Build().GetProperty("personas")[0].GetProperty("traits").GetArrayLength() > 2);
        Assert.Equal(2, Fails("--max-traits", "0").Code);
    }

    [Fact]
    public void Outcome_UnknownColumn_IsAUsageErrorNamingTheOption()
    {
        var (code, err) = Fails("--outcome", "nope");
        Assert.Equal(2, code);
        Assert.Contains("option --outcome: nope is not allowed; expected a column of customers.csv", err, StringComparison.Ordinal);
        (code, err) = Fails("--outcome", "churn", "--feature", "churn");
        Assert.Equal(2, code);
        Assert.Contains("option --feature", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MinFeatureShare_OnAssign_WarnsOrFailsWhenFewColumnsArePresent()
    {
        var outDir = Paths.NewTempDir();
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", Csv.Value, "--k", "2", "--out", outDir).Code);
        var few = Path.Combine(Paths.NewTempDir(), "few.csv");
        File.WriteAllLines(few, ["customer_id,spend", .. Enumerable.Range(0, 40).Select(i => $"X{i},{(i % 2 == 0 ? 120 + i : 950 + i)}")]);
        var model = Path.Combine(outDir, "model.persona.json");

        var (code, _, err) = BuildCommandTests.Run("assign", "--model", model, "--customers", few, "--out", Path.Combine(Paths.NewTempDir(), "a.csv"));
        Assert.Equal(0, code);
        Assert.Contains("warning: only 1 of the model's", err, StringComparison.Ordinal);

        (code, _, err) = BuildCommandTests.Run("assign", "--model", model, "--customers", few, "--min-feature-share", "0.5", "--out", Path.Combine(Paths.NewTempDir(), "b.csv"));
        Assert.Equal(1, code);
        Assert.Contains("at least 50% of the model's columns", err, StringComparison.Ordinal);

        (code, _, err) = BuildCommandTests.Run("assign", "--model", model, "--customers", few, "--min-feature-share", "1.5", "--out", Path.Combine(Paths.NewTempDir(), "c.csv"));
        Assert.Equal(2, code);
        Assert.Contains("option --min-feature-share", err, StringComparison.Ordinal);

        // refresh: the same warning, and the same failure under --min-feature-share.
        (code, _, err) = BuildCommandTests.Run("refresh", "--previous", model, "--customers", few, "--k", "2", "--out", Paths.NewTempDir());
        Assert.Equal(0, code);
        Assert.Contains("warning: only 1 of the model's", err, StringComparison.Ordinal);
        (code, _, err) = BuildCommandTests.Run("refresh", "--previous", model, "--customers", few, "--k", "2", "--min-feature-share", "0.5", "--out", Paths.NewTempDir());
        Assert.Equal(1, code);
        Assert.Contains("at least 50% of the model's columns", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_PlanOptionsNeedRefitPlan()
    {
        var outDir = Paths.NewTempDir();
        Assert.Equal(0, BuildCommandTests.Run("build", "--customers", Csv.Value, "--k", "2", "--out", outDir).Code);
        var (code, _, err) = BuildCommandTests.Run("refresh", "--previous", Path.Combine(outDir, "model.persona.json"), "--customers", Csv.Value, "--k", "2", "--describe-only", "gender", "--out", Paths.NewTempDir());
        Assert.Equal(2, code);
        Assert.Contains("--describe-only changes the feature plan", err, StringComparison.Ordinal);
    }
}
