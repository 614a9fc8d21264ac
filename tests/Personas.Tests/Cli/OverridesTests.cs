using System.Text.Json;
using Personas.Cli;
using Personas.Data;
using Personas.Profiling;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

public class OverridesTests
{
    private static string Name(string dir, string id)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "personas.json")));
        return doc.RootElement.GetProperty("personas").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id).GetProperty("name").GetString()!;
    }

    [Fact]
    public void Build_WithOverrides_RenamesPersona_AndRefreshKeepsTheName()
    {
        var input = BuildCommandTests.TwoGroupCsv();
        var dir = Paths.NewTempDir();
        var overrides = Path.Combine(dir, "names.json");
        File.WriteAllText(overrides, """{"P1": {"name": "Gold regulars", "tagline": "Our best customers"}}""");
        var first = Path.Combine(dir, "q1");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--overrides", overrides, "--out", first);
        Assert.True(code == 0, err);
        Assert.Equal("Gold regulars", Name(first, "P1"));
        Assert.Contains("Our best customers", File.ReadAllText(Path.Combine(first, "cards.md")), StringComparison.Ordinal);

        var second = Path.Combine(dir, "q2");
        (code, _, err) = BuildCommandTests.Run("refresh", "--previous", Path.Combine(first, "model.persona.json"), "--customers", input, "--k", "2", "--out", second);
        Assert.True(code == 0, err);
        Assert.Equal("Gold regulars", Name(second, "P1"));
    }

    [Theory]
    [InlineData("[1, 2]", "$")]
    [InlineData("{\"P1\": \"x\"}", "$.P1")]
    [InlineData("{\"P1\": {\"nickname\": \"x\"}}", "$.P1.nickname")]
    [InlineData("{\"P1\": {\"name\": 3}}", "$.P1.name")]
    public void Overrides_Malformed_NameTheField(string json, string path)
    {
        var e = Assert.Throws<PersonasDataException>(() => PersonaOverrides.FromJson(json, "names.json"));
        Assert.Equal(path, e.Column);
        Assert.StartsWith("names.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverridesFileMissing_ExitsOne()
    {
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--overrides", "/nonexistent/names.json", "--out", Paths.NewTempDir());
        Assert.Equal(CliApp.BadData, code);
        Assert.Contains("names.json", err, StringComparison.Ordinal);
    }
}

public class OverridesValidationTests
{
    [Fact]
    public void DuplicateNamesInOverrides_AreABadInputBeforeAnyWork()
    {
        var path = Path.Combine(Paths.NewTempDir(), "names.json");
        File.WriteAllText(path, """{"P1": {"name": "Gold"}, "P2": {"name": "gold "}}""");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--k", "2", "--overrides", path, "--out", Paths.NewTempDir());
        Assert.Equal(Personas.Cli.ExitCodes.BadInput, code);
        Assert.Contains("names.json: column '$.P2.name': expected a name no other persona has (P1 is already called that)", err, StringComparison.Ordinal);
        Assert.DoesNotContain("progress:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void OverrideForAnUnknownPersona_IsAWarning()
    {
        var path = Path.Combine(Paths.NewTempDir(), "names.json");
        File.WriteAllText(path, """{"P9": {"name": "Nobody"}}""");
        var (code, _, err) = BuildCommandTests.Run("build", "--customers", BuildCommandTests.TwoGroupCsv(), "--k", "2", "--overrides", path, "--out", Paths.NewTempDir());
        Assert.Equal(0, code);
        Assert.Contains("warning: --overrides: Override for persona 'P9' ignored", err, StringComparison.Ordinal);
    }
}
