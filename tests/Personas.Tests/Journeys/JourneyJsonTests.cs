using System.Text;
using System.Text.Json;
using Personas.Journeys;
using Personas.Journeys.Attribution;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys;

public class JourneyJsonTests
{
    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "schemas", name))).RootElement;

    private static JsonElement Def(JsonElement schema, string name) => schema.GetProperty("$defs").GetProperty(name);

    private static void AssertRequired(JsonElement schema, JsonElement value, string where)
    {
        foreach (var field in schema.GetProperty("required").EnumerateArray())
        {
            Assert.True(value.TryGetProperty(field.GetString()!, out _), $"{where}: missing required field '{field.GetString()}'");
        }
    }

    [Fact]
    public void Write_JourneyMap_HasEveryRequiredFieldOfTheSchema()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, new JourneyOptions { Funnels = [new FunnelDefinition("web", ["search", "checkout"])] }, personas);
        var json = JsonDocument.Parse(JourneyJson.Serialize(map)).RootElement;
        var schema = Schema("journeys.schema.json");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        AssertRequired(schema, json, "journeys.json");
        AssertRequired(Def(schema, "attribution"), json.GetProperty("attribution"), "attribution");
        AssertRequired(Def(schema, "attribution").GetProperty("properties").GetProperty("markov"), json.GetProperty("attribution").GetProperty("markov"), "markov");
        AssertRequired(Def(schema, "edge"), json.GetProperty("dfg").GetProperty("edges")[0], "edge");
        AssertRequired(Def(schema, "funnel"), json.GetProperty("funnels")[0], "funnel");
        foreach (var p in json.GetProperty("byPersona").EnumerateObject())
        {
            AssertRequired(Def(schema, "summary"), p.Value, "byPersona." + p.Name);
        }

        foreach (var p in json.GetProperty("personaComparison").EnumerateObject())
        {
            AssertRequired(Def(schema, "comparison"), p.Value, "personaComparison." + p.Name);
        }

        Assert.Equal(["P1", "P2"], json.GetProperty("byPersona").EnumerateObject().Select(p => p.Name));
        Assert.Equal(map.Counting, json.GetProperty("byPersona").GetProperty("P1").GetProperty("counting").GetString());
        var v = json.GetProperty("variants")[0];
        Assert.Equal(JsonValueKind.Array, v.GetProperty("path").ValueKind);
        Assert.Equal(40, json.GetProperty("byPersona").GetProperty("P2").GetProperty("variants")[0].GetProperty("count").GetInt32());
        Assert.StartsWith("Premium researchers drop off at comparison sites:", map.PersonaComparison["P1"].Describe("Premium researchers")[0], StringComparison.Ordinal);
        Assert.StartsWith("P1 drop off at comparison sites", json.GetProperty("personaComparison").GetProperty("P1").GetProperty("sentences")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteSummary_OnePersona_HasTheSummaryFieldsAndComparison()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, null, personas);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            JourneyJson.WriteSummary(w, map.ByPersona["P1"], map.Counting, map.PersonaComparison["P1"]);
        }

        var json = JsonDocument.Parse(stream.ToArray()).RootElement;
        var schema = Schema("journeys.schema.json");
        AssertRequired(Def(schema, "summary"), json, "summary");
        AssertRequired(Def(schema, "comparison"), json.GetProperty("comparison"), "comparison");
        Assert.Equal("information search", json.GetProperty("findings").GetProperty("bottleneckStage").GetString());
    }

    [Fact]
    public void WriteAttribution_PathInput_HasEveryRequiredFieldOfTheSchema()
    {
        var set = PathSet.FromPaths([new AttributionPath(["C1", "C2", "C3"], 1, 0, 1000), new AttributionPath(["C1"], 0, 1), new AttributionPath(["C2", "C3"], 0, 1)]);
        var result = AttributionModels.Compute(set, new AttributionOptions { BootstrapResamples = 10 });
        var file = Path.Combine(Paths.NewTempDir(), "attribution.json");
        JourneyJson.WriteAttributionFile(file, result);
        var json = JsonDocument.Parse(File.ReadAllText(file, Encoding.UTF8)).RootElement;
        var schema = Schema("attribution.schema.json");
        AssertRequired(schema, json, "attribution.json");
        AssertRequired(schema.GetProperty("properties").GetProperty("markov"), json.GetProperty("markov"), "markov");
        Assert.Equal(3, json.GetProperty("paths").GetInt32());
        Assert.Equal(1000, json.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("timeDecay").ValueKind);
        Assert.Equal(400, json.GetProperty("markov").GetProperty("values").GetProperty("C2").GetDouble(), 9);
        Assert.Equal(0.5, json.GetProperty("markov").GetProperty("removalEffects").GetProperty("C1").GetDouble(), 12);
        Assert.True(json.GetProperty("markov").TryGetProperty("shareIntervals", out _));
    }
}
