using System.Text.Json;
using Personas.Tests.Cli;
using Personas.Tests.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>
/// The README's main job (build with events on the sample data) through the CLI: output files against their schemas,
/// the planted journey facts found for the right persona, reproducibility records, and identical bytes for 1 thread
/// and all threads.
/// </summary>
public class SampleBuildOutputTests
{
    private static readonly Lazy<string> AllThreads = new(() => Build());
    private static readonly Lazy<string> OneThread = new(() => Build("--threads", "1"));

    private static string Build(params string[] extra)
    {
        var outDir = Paths.NewTempDir();
        var args = new List<string> { "build", "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--events", Path.Combine(Paths.DataSamples, "touchpoints.csv"), "--k", "6", "--out", outDir };
        args.AddRange(extra);
        var (code, _, err) = BuildCommandTests.Run([.. args]);
        Assert.True(code == 0, err);
        return outDir;
    }

    private static JsonDocument Json(string dir, string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, file)));

    /// <summary>The persona id that most customers of a planted persona were assigned to.</summary>
    private static string PersonaOfPlanted(string dir, string planted)
    {
        var truth = File.ReadAllLines(Path.Combine(Paths.DataSamples, "customers.truth.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return File.ReadAllLines(Path.Combine(dir, "assignments.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => truth[f[0]] == planted).GroupBy(f => f[1]).OrderByDescending(g => g.Count()).First().Key;
    }

    private static JsonElement PersonaEntry(JsonDocument doc, string id) =>
        doc.RootElement.GetProperty("personas").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    [Theory]
    [InlineData("personas.json", "personas.schema.json")]
    [InlineData("journeys.json", "journeys.schema.json")]
    [InlineData("model.persona.json", "model.schema.json")]
    public void Build_OutputFile_ValidatesAgainstItsSchema(string file, string schema)
    {
        var validator = MiniSchemaValidator.Load(Path.Combine(Paths.RepoRoot, "schemas", schema));
        using var doc = Json(AllThreads.Value, file);
        var errors = validator.Validate(doc.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Build_PlantedBottleneck_IsFoundForPremiumResearchers()
    {
        var id = PersonaOfPlanted(AllThreads.Value, "Premium researchers");
        using var doc = Json(AllThreads.Value, "personas.json");
        var journey = PersonaEntry(doc, id).GetProperty("journey");
        Assert.Equal("comparison_sites", journey.GetProperty("comparison").GetProperty("dropOffTouchpoint").GetString());
        Assert.True(journey.GetProperty("comparison").GetProperty("neverConvertShare").GetDouble() > 0.3);
        var cards = File.ReadAllText(Path.Combine(AllThreads.Value, "cards.md"));
        Assert.Contains("drop off at comparison sites:", cards, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PlantedWait_IsFoundForBusyFamilies()
    {
        var id = PersonaOfPlanted(AllThreads.Value, "Busy families");
        using var doc = Json(AllThreads.Value, "personas.json");
        var findings = PersonaEntry(doc, id).GetProperty("journey").GetProperty("sentences").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(findings, f => f.Contains("to delivery", StringComparison.Ordinal) && f.Contains("as long as other personas", StringComparison.Ordinal));
        foreach (var other in doc.RootElement.GetProperty("personas").EnumerateArray().Where(p => p.GetProperty("id").GetString() != id))
        {
            var otherFindings = other.GetProperty("journey").GetProperty("sentences").EnumerateArray().Select(f => f.GetString()!);
            Assert.DoesNotContain(otherFindings, f => f.Contains("to delivery", StringComparison.Ordinal) && f.Contains("as long as", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Build_RecordsInputHashesOptionsAndSeed()
    {
        using var doc = Json(AllThreads.Value, "personas.json");
        var r = doc.RootElement.GetProperty("reproducibility");
        var inputs = r.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(2, inputs.Count);
        Assert.All(inputs, i => Assert.Equal(64, i.GetProperty("sha256").GetString()!.Length));
        Assert.Equal("6", r.GetProperty("options").GetProperty("k").GetString());
        Assert.Equal(42, r.GetProperty("seed").GetInt32());

        using var model = Json(AllThreads.Value, "model.persona.json");
        var training = model.RootElement.GetProperty("training");
        Assert.Equal(42, training.GetProperty("seed").GetInt32());
        Assert.Equal("6", training.GetProperty("options").GetProperty("k").GetString());
        Assert.Equal(
            inputs.Select(i => i.GetProperty("sha256").GetString()),
            training.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("sha256").GetString()));
        Assert.Equal(42, Personas.Model.PersonaModel.Load(Path.Combine(AllThreads.Value, "model.persona.json")).Training.Seed);
    }

    [Fact]
    public void Build_OneThreadAndAllThreads_GiveByteIdenticalFiles()
    {
        var a = AllThreads.Value;
        var b = OneThread.Value;
        var files = Directory.GetFiles(a).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(b).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        foreach (var f in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
        }
    }

    [Fact]
    public void Assign_WithTheSavedModel_ReproducesTheBuildsPersonas()
    {
        var dir = AllThreads.Value;
        var outFile = Path.Combine(Paths.NewTempDir(), "assigned.csv");
        var (code, _, err) = BuildCommandTests.Run("assign", "--model", Path.Combine(dir, "model.persona.json"), "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--out", outFile);
        Assert.True(code == 0, err);
        var built = File.ReadAllLines(Path.Combine(dir, "assignments.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2)));
        var assigned = File.ReadAllLines(outFile).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2)));
        Assert.Equal(built, assigned);
    }
}
