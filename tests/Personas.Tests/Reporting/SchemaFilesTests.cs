using Personas.Json;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

/// <summary>The committed schemas in schemas/ are generated from the output types; this keeps them equal.</summary>
public class SchemaFilesTests
{
    public static TheoryData<string> Files() => [.. JsonSchemas.All.Select(s => s.File)];

    /// <summary>
    /// Fails when a committed schema differs from the one generated from the types. To regenerate after changing an output
    /// type: <c>PERSONAS_WRITE_SCHEMAS=1 dotnet test --filter SchemaFilesTests</c>, then review and commit the diff.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void CommittedSchema_EqualsTheOneGeneratedFromTheTypes(string file)
    {
        var (_, title, type) = JsonSchemas.All.Single(s => s.File == file);
        var generated = JsonSchemas.Generate(file, title, type);
        var path = Path.Combine(Paths.RepoRoot, "schemas", file);
        if (Environment.GetEnvironmentVariable("PERSONAS_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"schemas/{file} is missing; regenerate with PERSONAS_WRITE_SCHEMAS=1");
        Assert.True(
            generated == File.ReadAllText(path),
            $"schemas/{file} differs from the schema generated from the output types; regenerate with PERSONAS_WRITE_SCHEMAS=1 dotnet test --filter SchemaFilesTests and review the diff");
    }

    [Fact]
    public void GeneratedSchemas_AreStrictAndDescribed()
    {
        foreach (var (file, title, type) in JsonSchemas.All)
        {
            var schema = System.Text.Json.JsonDocument.Parse(JsonSchemas.Generate(file, title, type)).RootElement;
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
            Assert.False(string.IsNullOrWhiteSpace(schema.GetProperty("description").GetString()), file);
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean(), file);
            Assert.NotEmpty(schema.GetProperty("required").EnumerateArray());
        }
    }
}
