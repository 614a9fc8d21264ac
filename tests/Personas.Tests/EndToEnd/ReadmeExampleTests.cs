using Personas.Data;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>The README's C# example, kept in step with the README: the test checks the README holds these lines and runs them.</summary>
public class ReadmeExampleTests
{
    private static readonly string[] SnippetBody =
    [
        "var table = CustomerReader.ReadFile(\"data-samples/customers.csv\");",
        "var result = PersonaBuilder.Build(table); // k chosen from the data, seed 42",
        "Console.WriteLine($\"{result.Segmentation.K} personas: {result.Segmentation.KSelection.Reason}\");",
        "foreach (var p in result.Personas.Personas)",
        "    Console.WriteLine($\"{p.Id} {p.Name}: {p.Share:P0} of customers\");",
        "    foreach (var t in p.Traits.Take(3))",
        "        Console.WriteLine($\"   {t.Feature} {t.Level} {t.Direction} (g = {t.EffectSize:F2}, q = {t.QValue:G2})\");",
    ];

    [Fact]
    public void Readme_ContainsTheTestedSnippet()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        foreach (var line in SnippetBody)
        {
            Assert.Contains(line, readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Snippet_RunsOnTheSampleData()
    {
        var output = new StringWriter();
        {
            // The README snippet, verbatim except that Console is replaced by a writer and the path is made absolute
            // (changing the process's current directory would disturb tests running in parallel).
            var table = CustomerReader.ReadFile(Path.Combine(Paths.RepoRoot, "data-samples/customers.csv"));
            var result = PersonaBuilder.Build(table); // k chosen from the data, seed 42
            output.WriteLine($"{result.Segmentation.K} personas: {result.Segmentation.KSelection.Reason}");
            foreach (var p in result.Personas.Personas)
            {
                output.WriteLine($"{p.Id} {p.Name}: {p.Share:P0} of customers");
                foreach (var t in p.Traits.Take(3))
                    output.WriteLine($"   {t.Feature} {t.Level} {t.Direction} (g = {t.EffectSize:F2}, q = {t.QValue:G2})");
            }
        }

        Assert.Contains("6 personas", output.ToString(), StringComparison.Ordinal);
    }
}

public class ReadmeModelExampleTests
{
    private static readonly string[] SnippetLines =
    [
        "var model = PersonaModel.Load(\"out/model.persona.json\");         // validated, checksummed, thread-safe",
        "var a = model.Assign(new Dictionary<string, string?> { [\"age\"] = \"27\", [\"discount_share\"] = \"0.45\" });",
        "Console.WriteLine($\"{a.PersonaId} {a.PersonaName} (confidence {a.Confidence:F2}, outlier: {a.IsOutlier})\");",
    ];

    [Fact]
    public void ReadmeModelSnippet_IsInTheReadme_AndRunsOnASampleModel()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        Assert.All(SnippetLines, l => Assert.Contains(l, readme, StringComparison.Ordinal));

        var outDir = Paths.NewTempDir();
        var (code, _, err) = Personas.Tests.Cli.BuildCommandTests.Run("build", "--customers", Path.Combine(Paths.DataSamples, "customers.csv"), "--k", "6", "--out", outDir);
        Assert.True(code == 0, err);
        var output = new StringWriter();
        var model = Personas.Model.PersonaModel.Load(Path.Combine(outDir, "model.persona.json"));
        var a = model.Assign(new Dictionary<string, string?> { ["age"] = "27", ["discount_share"] = "0.45" });
        output.WriteLine($"{a.PersonaId} {a.PersonaName} (confidence {a.Confidence:F2}, outlier: {a.IsOutlier})");
        Assert.StartsWith("P", output.ToString(), StringComparison.Ordinal);
        Assert.InRange(a.Confidence, 0, 1);
    }
}
