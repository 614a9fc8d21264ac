using System.Text.Json;
using Personas.Json;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Profiling;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

public class PersonaJsonTests
{
    private static string SchemaPath => Path.Combine(Paths.RepoRoot, "schemas", "personas.schema.json");

    /// <summary>A whole personas.json around this set's persona entries, written with the output settings.</summary>
    public static string Document(PersonaSet set) => OutputJson.Serialize(
        new PersonasFileJson
        {
            SchemaVersion = "1.0",
            LibraryVersion = "0.1.0",
            CreatedAt = "2026-11-24T09:30:00+00:00",
            Source = new SourceJson { File = "customers.csv", RowsRead = set.TotalCustomers + 3, RowsUsed = set.TotalCustomers, RowsExcluded = 3, Customers = set.TotalCustomers },
            Seed = 42,
            K = set.Personas.Count,
            KSelection = new KSelectionJson
            {
                Auto = true,
                ChosenK = set.Personas.Count,
                Rule = "silhouette among stable",
                Reason = "best silhouette among solutions with stability >= 0.75",
                Scores = [new KScoreJson { K = 4, Inertia = 1234.5, Silhouette = 0.41, SilhouetteSampleSize = 660, CalinskiHarabasz = 310.2, DaviesBouldin = 0.9, Stability = 0.82, SmallestShare = 0.015, SmallestSize = 10, SilhouetteNoise = 0.004 }],
                RunnerUpK = null,
                RunnerUpReason = null,
                MinPersonaSize = 20,
            },
            Quality = new QualityJson { Silhouette = 0.41, Stability = 0.82, DaviesBouldin = 0.9, CalinskiHarabasz = 310.2, Inertia = 1234.5, Warnings = [] },
            Columns = [new ColumnJson { Name = "Income", Role = "numeric", Reason = "numbers", Use = "feature" }],
            Outcomes = [],
            Value = new ValueColumnJson { Columns = set.ValueColumns, Reason = set.ValueReason },
            Decisions = set.Notes,
            Warnings = [],
            DataQuality = [],
            Reproducibility = new ReproducibilityJson { Inputs = [], Options = new Dictionary<string, string>(), Seed = 42, Engine = "native", LibraryVersion = "0.1.0" },
            Personas = PersonaJson.Personas(set, null),
        },
        OutputJson.Context.PersonasFileJson);

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
        Assert.Equal(["id", "name", "tagline", "size", "share", "valueShare", "valuePerCustomerRatio", "isDetailed", "centroid", "traits", "comparisons", "outcomes", "narrative", "quality", "warnings"], p1.EnumerateObject().Select(p => p.Name));
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
    [InlineData("\"kind\": \"numeric\"", "\"kind\": \"number\"", "matches none of the anyOf")]
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
