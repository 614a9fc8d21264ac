using Personas.Profiling;

namespace Personas.Tests.Profiling;

public class VocabularySchemaTests
{
    [Fact]
    public void ExampleVocabulary_ValidatesAgainstTheSchema_AndLoads()
    {
        const string json = """
            { "includeDefaults": true,
              "entries": [ { "feature": "loyalty points", "direction": "higher", "words": "Points collectors" },
                           { "feature": "preferred channel", "level": "kiosk", "direction": "higher", "words": "Kiosk fans" },
                           { "feature": "tenure", "direction": "higher", "words": "Long-standing", "adjective": true } ] }
            """;
        var validator = Personas.Tests.Reporting.MiniSchemaValidator.Load(Path.Combine(Personas.Tests.TestSupport.Paths.RepoRoot, "schemas", "vocabulary.schema.json"));

        Assert.Empty(validator.Validate(System.Text.Json.JsonDocument.Parse(json).RootElement));
        Assert.Equal("Points collectors", NameVocabulary.FromJson(json).Entries[0].Words);
        Assert.NotEmpty(validator.Validate(System.Text.Json.JsonDocument.Parse("""{ "entries": [ { "feature": "x", "direction": "up", "words": "y" } ] }""").RootElement));
    }
}
