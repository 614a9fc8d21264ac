using System.Text.Json;
using Personas.Data;
using Personas.Data.Parsing;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>
/// Training on a sample and assigning every row (<see cref="PersonaBuilder.BuildFromSample"/>, <c>build --sample</c>):
/// the draw is the same for the same seed whatever the thread count; a sample as large as the input is a normal build;
/// every input row is in assignments.csv and the sizes in personas.json are over all rows; a stratified draw keeps
/// the column's proportions; bad values are option errors.
/// </summary>
public class SampledBuildTests
{
    private static readonly string Csv = Path.Combine(Paths.DataSamples, "customers.csv");

    private static PersonaBuildOptions Options(int threads = 1) => new() { Segmentation = new() { K = 4, MaxDegreeOfParallelism = threads } };

    private static string Save(PersonaBuildResult result)
    {
        var dir = Path.Combine(Paths.NewTempDir(), "out");
        result.Save(dir, new BuildOutputOptions { Clock = FixedClock.Default });
        return dir;
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static void AssertSameFiles(string a, string b)
    {
        var fa = Files(a);
        var fb = Files(b);
        Assert.Equal(fa.Keys.Order(), fb.Keys.Order());
        foreach (var (name, bytes) in fa)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(fb[name]), $"{name} differs");
        }
    }

    private static string[] DataLines(string file) => File.ReadAllLines(file).Skip(1).ToArray();

    [Fact]
    public void SameSeed_GivesIdenticalOutputs_AndOneOrFourThreadsToo()
    {
        var sample = new TrainingSampleOptions { Size = 1200, Seed = 7 };
        var a = Save(PersonaBuilder.BuildFromSample(Csv, sample, options: Options(1)));
        var b = Save(PersonaBuilder.BuildFromSample(Csv, sample, options: Options(1)));
        var c = Save(PersonaBuilder.BuildFromSample(Csv, sample, options: Options(4)));
        AssertSameFiles(a, b);
        AssertSameFiles(a, c);

        var other = PersonaBuilder.BuildFromSample(Csv, sample with { Seed = 8 }, options: Options(1));
        var first = PersonaBuilder.BuildFromSample(Csv, sample, options: Options(1));
        Assert.NotEqual(first.Table.Ids, other.Table.Ids);
        Assert.Equal(1200, first.Table.RowCount + first.Table.Exclusions.Count);
    }

    [Fact]
    public void SampleAsLargeAsTheInput_EqualsTheNormalBuild()
    {
        var sampled = PersonaBuilder.BuildFromSample(Csv, new TrainingSampleOptions { Size = 1_000_000 }, options: Options());
        Assert.True(sampled.Sample!.CoversAllRows);
        Assert.Equal(5000, sampled.Sample.RowsTotal);
        var normal = PersonaBuilder.Build(CustomerReader.ReadFile(Csv), Options());
        var a = Save(sampled);
        var b = Save(normal);
        foreach (var file in new[] { "assignments.csv", "exclusions.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(b, file)), File.ReadAllBytes(Path.Combine(a, file)));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(a, "personas.json")));
        var s = json.RootElement.GetProperty("sample");
        Assert.Equal(5000, s.GetProperty("size").GetInt64());
        Assert.Equal(JsonValueKind.Null, s.GetProperty("allRows").ValueKind);
    }

    [Fact]
    public void EveryRowIsAssigned_AndSizesAreOverAllRows()
    {
        var result = PersonaBuilder.BuildFromSample(Csv, new TrainingSampleOptions { Size = 800, Seed = 3 }, options: Options());
        Assert.Equal(800, result.Table.RowCount + result.Table.Exclusions.Count);
        var dir = Save(result);
        var rows = DataLines(Path.Combine(dir, "assignments.csv"));
        var excluded = DataLines(Path.Combine(dir, "exclusions.csv"));
        var inputIds = DataLines(Csv).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(5000, rows.Length + excluded.Length);
        Assert.Equal(inputIds.Where(id => !excluded.Any(e => e.Split(',')[1] == id)), rows.Select(l => l.Split(',')[0]));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "personas.json")));
        var s = json.RootElement.GetProperty("sample");
        Assert.Equal(("uniform", 800L, 5000L, 3), (s.GetProperty("method").GetString(), s.GetProperty("size").GetInt64(), s.GetProperty("rowsTotal").GetInt64(), s.GetProperty("seed").GetInt32()));
        var all = s.GetProperty("allRows");
        Assert.Equal(rows.Length, all.GetProperty("assigned").GetInt64());
        var counted = rows.GroupBy(l => l.Split(',')[1]).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var p in all.GetProperty("personas").EnumerateArray())
        {
            Assert.Equal(counted.GetValueOrDefault(p.GetProperty("id").GetString()!), p.GetProperty("size").GetInt64());
        }

        Assert.Equal(rows.Length, all.GetProperty("personas").EnumerateArray().Sum(p => p.GetProperty("size").GetInt64()));
        Assert.Contains("streaming", s.GetProperty("statistics").GetString(), StringComparison.Ordinal);
        Assert.Contains(result.Table.Notes, n => n.StartsWith("trained on a sample of 800 of 5,000 rows (uniform, seed 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void Stratified_KeepsTheColumnsProportions()
    {
        var result = PersonaBuilder.BuildFromSample(Csv, new TrainingSampleOptions { Size = 1000, By = "region", Seed = 5 }, options: Options());
        var strata = result.Sample!.Strata;
        Assert.True(strata.Count > 2);
        Assert.Equal(1000, strata.Sum(s => s.Sampled));
        Assert.Equal(5000, strata.Sum(s => s.Rows));
        foreach (var s in strata)
        {
            Assert.InRange(s.Sampled, Math.Floor(1000.0 * s.Rows / 5000), Math.Ceiling(1000.0 * s.Rows / 5000));
        }

        // The sample table holds exactly the drawn rows of each value.
        var regionCol = result.Table["region"];
        var inSample = regionCol.Codes.ToArray().GroupBy(c => regionCol.Levels[c]).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var s in strata)
        {
            Assert.Equal(s.Sampled, inSample.GetValueOrDefault(s.Value));
        }

        Assert.Equal("stratified by 'region', seed 5", result.Sample.Method);
    }

    [Fact]
    public void Quotas_AreLargestRemainderShares()
    {
        Assert.Equal([1L, 1, 0], RowSample.Quotas([3, 3, 3], 2));
        Assert.Equal([50L, 30, 20], RowSample.Quotas([500, 300, 200], 100));
        Assert.Equal([1L, 0, 0], RowSample.Quotas([10, 1, 1], 1));
    }

    [Theory]
    [InlineData(0L, null, "TrainingSampleOptions.Size")]
    [InlineData(-5L, null, "TrainingSampleOptions.Size")]
    [InlineData(100L, " ", "TrainingSampleOptions.By")]
    [InlineData(100L, "no_such_column", "TrainingSampleOptions.By")]
    [InlineData(100L, "customer_id", "TrainingSampleOptions.By")]
    public void BadValues_AreOptionErrors(long size, string? by, string option)
    {
        var e = Assert.Throws<OptionValueException>(() => PersonaBuilder.BuildFromSample(Csv, new TrainingSampleOptions { Size = size, By = by }, options: Options()));
        Assert.Equal(option, e.ParamName);
        if (by == "no_such_column")
        {
            Assert.Contains("region", e.Expected, StringComparison.Ordinal);
        }

        if (by == "customer_id")
        {
            Assert.Contains("at most 1,000 values", e.Expected, StringComparison.Ordinal);
        }
    }
}
