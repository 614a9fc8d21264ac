using System.Text;
using System.Text.Json;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Profiling;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

public class PersonaJsonTests
{
    private static string SchemaPath => Path.Combine(Paths.RepoRoot, "schemas", "personas.schema.json");

    /// <summary>A whole personas.json as the lead's build writes it, with this feature's persona entries.</summary>
    public static string Document(PersonaSet set)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schemaVersion", "1.0");
            w.WriteString("libraryVersion", "0.1.0");
            w.WriteString("createdAt", "2026-11-24T09:30:00+00:00");
            w.WriteStartObject("source");
            w.WriteString("file", "customers.csv");
            w.WriteNumber("rowsRead", set.TotalCustomers + 3);
            w.WriteNumber("rowsUsed", set.TotalCustomers);
            w.WriteNumber("rowsExcluded", 3);
            w.WriteEndObject();
            w.WriteNumber("seed", 42);
            w.WriteNumber("k", set.Personas.Count);
            w.WriteStartObject("kSelection");
            w.WriteBoolean("auto", true);
            w.WriteNumber("chosenK", set.Personas.Count);
            w.WriteString("rule", "silhouette among stable");
            w.WriteString("reason", "best silhouette among solutions with stability >= 0.75");
            w.WriteStartArray("scores");
            w.WriteStartObject();
            w.WriteNumber("k", 4);
            w.WriteNumber("inertia", 1234.5);
            w.WriteNumber("silhouette", 0.41);
            w.WriteNumber("silhouetteSampleSize", 660);
            w.WriteNumber("calinskiHarabasz", 310.2);
            w.WriteNumber("daviesBouldin", 0.9);
            w.WriteNumber("stability", 0.82);
            w.WriteNumber("smallestShare", 0.015);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("quality");
            w.WriteNumber("silhouette", 0.41);
            w.WriteNumber("stability", 0.82);
            w.WriteNumber("daviesBouldin", 0.9);
            w.WriteNumber("calinskiHarabasz", 310.2);
            w.WriteNumber("inertia", 1234.5);
            w.WriteStartArray("warnings");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("columns");
            w.WriteStartObject();
            w.WriteString("name", "Income");
            w.WriteString("role", "numeric");
            w.WriteString("reason", "numbers");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("decisions");
            foreach (var n in set.Notes)
            {
                w.WriteStringValue(n);
            }

            w.WriteEndArray();
            w.WritePropertyName("personas");
            PersonaJson.WritePersonas(w, set);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Document_WithPlantedPersonas_ValidatesAgainstTheSchema()
    {
        var json = Document(ProfilingFixtures.PlantedSet());

        var errors = MiniSchemaValidator.Load(SchemaPath).Validate(JsonDocument.Parse(json).RootElement);

        Assert.Empty(errors);
    }

    [Fact]
    public void Personas_UseTheIssuesFieldNamesAndValues()
    {
        var root = JsonDocument.Parse(Document(ProfilingFixtures.PlantedSet())).RootElement.GetProperty("personas");

        var p1 = root[0];
        Assert.Equal(["id", "name", "tagline", "size", "share", "valueShare", "valuePerCustomerRatio", "isDetailed", "centroid", "traits", "comparisons", "narrative", "quality", "warnings"], p1.EnumerateObject().Select(p => p.Name));
        Assert.Equal("P1", p1.GetProperty("id").GetString());
        Assert.Equal(300, p1.GetProperty("size").GetInt32());
        var trait = p1.GetProperty("traits")[0];
        Assert.Equal(["feature", "level", "kind", "direction", "personaValue", "restValue", "personaMedian", "restMedian", "effectSize", "ciLow", "ciHigh", "pValue", "qValue", "lift"], trait.EnumerateObject().Select(p => p.Name));
        Assert.Equal("numeric", trait.GetProperty("kind").GetString());
        Assert.Equal("higher", trait.GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, trait.GetProperty("level").ValueKind);
        Assert.Equal("categorical", p1.GetProperty("centroid").GetProperty("preferred_channel").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, root[3].GetProperty("valueShare").ValueKind);
        Assert.Equal(0.52, p1.GetProperty("quality").GetProperty("silhouette").GetDouble());
    }

    [Fact]
    public void Personas_ContainNoCustomerIdOrRawValues()
    {
        var planted = ProfilingFixtures.PlantedPersonas();
        var json = Document(Profiler.Profile(planted.Table, planted.Labels, planted.K));

        Assert.All(planted.Table.Ids, id => Assert.DoesNotContain(id, json, StringComparison.Ordinal));
        Assert.DoesNotContain("private note", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Personas_SameSetTwice_AreByteIdentical()
    {
        Assert.Equal(Document(ProfilingFixtures.PlantedSet()), Document(ProfilingFixtures.PlantedSet()));
    }

    [Theory]
    [InlineData("\"kind\": \"numeric\"", "\"kind\": \"number\"", "is not one of")]
    [InlineData("\"id\": \"P1\"", "\"id\": \"persona-1\"", "does not match")]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"", "expected \"1.0\"")]
    [InlineData("\"size\": 300", "\"size\": \"300\"", "expected integer")]
    [InlineData("\"tagline\"", "\"slogan\"", "missing required property 'tagline'")]
    public void Schema_RejectsBrokenDocuments(string from, string to, string error)
    {
        var json = Document(ProfilingFixtures.PlantedSet());
        Assert.Contains(from, json, StringComparison.Ordinal);
        var broken = ReplaceFirst(json, from, to);

        var errors = MiniSchemaValidator.Load(SchemaPath).Validate(JsonDocument.Parse(broken).RootElement);

        Assert.Contains(errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_RejectsUnknownTraitFields()
    {
        var json = Document(ProfilingFixtures.PlantedSet());
        var broken = ReplaceFirst(json, "\"lift\":", "\"customerId\": \"C1\", \"lift\":");

        var errors = MiniSchemaValidator.Load(SchemaPath).Validate(JsonDocument.Parse(broken).RootElement);

        Assert.Contains(errors, e => e.Contains("customerId: not allowed", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }
}
