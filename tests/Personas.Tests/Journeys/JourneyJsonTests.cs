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

    private static void AssertValid(string schemaFile, JsonElement json)
    {
        var errors = new Reporting.MiniSchemaValidator(Schema(schemaFile)).Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_JourneyMap_HasEveryRequiredFieldOfTheSchema()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, new JourneyOptions { Funnels = [new FunnelDefinition("web", ["search", "checkout"])] }, personas);
        var json = JsonDocument.Parse(JourneyJson.Serialize(map)).RootElement;
        var schema = Schema("journeys.schema.json");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        AssertValid("journeys.schema.json", json);
        Assert.NotEqual(0, json.GetProperty("dfg").GetProperty("edges").GetArrayLength());
        Assert.NotEqual(0, json.GetProperty("funnels").GetArrayLength());

        Assert.Equal(["P1", "P2"], json.GetProperty("byPersona").EnumerateObject().Select(p => p.Name));
        Assert.Equal(map.Counting, json.GetProperty("byPersona").GetProperty("P1").GetProperty("counting").GetString());
        var v = json.GetProperty("variants")[0];
        Assert.Equal(JsonValueKind.Array, v.GetProperty("path").ValueKind);
        Assert.Equal(40, json.GetProperty("byPersona").GetProperty("P2").GetProperty("variants")[0].GetProperty("count").GetInt32());
        Assert.StartsWith("Premium researchers drop off at comparison sites:", map.PersonaComparison["P1"].Describe("Premium researchers")[0], StringComparison.Ordinal);
        Assert.StartsWith("P1 drop off at comparison sites", json.GetProperty("personaComparison").GetProperty("P1").GetProperty("sentences")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HandMadeLog_StatesTheRulesAndCarriesPathsStepMapAndWaits()
    {
        var map = JourneyAnalyzer.Analyze(JourneyBoundaryTests.HandMade());
        var json = JsonDocument.Parse(JourneyJson.Serialize(map)).RootElement;
        AssertValid("journeys.schema.json", json);
        Assert.Equal("purchase", json.GetProperty("split").GetString());
        Assert.Equal(map.Counting, json.GetProperty("counting").GetString());
        Assert.Equal(map.StageFunnelRule, json.GetProperty("stageFunnelRule").GetString());
        Assert.Equal(map.AttributionRule, json.GetProperty("attributionRule").GetString());
        Assert.Equal(["delivery", "support"], json.GetProperty("postPurchaseTouchpoints").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, json.GetProperty("eventsOutsideJourneys").GetInt64());
        var paths = json.GetProperty("paths");
        Assert.Equal(["newsletter", "website"], paths.GetProperty("typicalConverting").GetProperty("path").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4, paths.GetProperty("convertingJourneys").GetInt64());
        Assert.Equal("search", paths.GetProperty("entries")[0].GetProperty("touchpoint").GetString());
        var stepMap = json.GetProperty("stepMap");
        Assert.Equal(map.Overall.StepMap.Links.Count, stepMap.GetProperty("links").GetArrayLength());
        Assert.Equal("bought", stepMap.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("kind").GetString() == "bought").GetProperty("label").GetString());
        Assert.Equal(1.0 / 3, json.GetProperty("findings").GetProperty("repurchaseShare").GetDouble(), 12);
        Assert.Equal("bought", json.GetProperty("stageFunnel").GetProperty("steps")[3].GetProperty("step").GetString());
    }

    [Fact]
    public void Write_PersonaComparison_CarriesEffectSizesSlowerWaitsAndPathsWorthNaming()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, new JourneyOptions { MinCount = 10 }, personas);
        var c = JsonDocument.Parse(JourneyJson.Serialize(map)).RootElement.GetProperty("personaComparison").GetProperty("P1");
        Assert.Equal(Math.PI, c.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("item").GetString() == "comparison_sites").GetProperty("effectSize").GetDouble(), 12);
        var wait = c.GetProperty("slowerWaits")[0];
        Assert.True(wait.GetProperty("fromPurchase").GetBoolean());
        Assert.Equal("delivery", wait.GetProperty("to").GetString());
        Assert.Equal(240, wait.GetProperty("ratio").GetDouble(), 9);
        Assert.Equal(40, c.GetProperty("customers").GetInt64());
        Assert.Equal(0.25, c.GetProperty("buyingShare").GetDouble(), 12);
        Assert.Equal(["social_ads", "search", "comparison_sites"], c.GetProperty("typicalAbandonedPath").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void PersonaJourney_OnePersona_HasTheSummaryFieldsComparisonAndSentences()
    {
        var (log, personas) = JourneyTestData.TwoPersonas();
        var map = JourneyAnalyzer.Analyze(log, null, personas);
        var entry = JourneyJson.PersonaJourney(map.ByPersona["P1"], map.Counting, map.PersonaComparison["P1"], ["a sentence"]);
        var json = JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(entry, Personas.Json.OutputJson.Context.PersonaJourneyJson)).RootElement;
        Assert.Equal(map.Counting, json.GetProperty("counting").GetString());
        Assert.Equal("information search", json.GetProperty("findings").GetProperty("bottleneckStage").GetString());
        Assert.Equal(map.PersonaComparison["P1"].Journeys, json.GetProperty("comparison").GetProperty("journeys").GetInt64());
        Assert.Equal(["a sentence"], json.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void WriteAttribution_PathInput_HasEveryRequiredFieldOfTheSchema()
    {
        var set = PathSet.FromPaths([new AttributionPath(["C1", "C2", "C3"], 1, 0, 1000), new AttributionPath(["C1"], 0, 1), new AttributionPath(["C2", "C3"], 0, 1)]);
        var result = AttributionModels.Compute(set, new AttributionOptions { BootstrapResamples = 10 });
        var json = JsonDocument.Parse(JourneyJson.SerializeAttribution(result)).RootElement;
        AssertValid("attribution.schema.json", json);
        Assert.Equal(3, json.GetProperty("paths").GetInt32());
        Assert.Equal(1000, json.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("timeDecay").ValueKind);
        Assert.Equal(400, json.GetProperty("markov").GetProperty("values").GetProperty("C2").GetDouble(), 9);
        Assert.Equal(0.5, json.GetProperty("markov").GetProperty("removalEffects").GetProperty("C1").GetDouble(), 12);
        Assert.True(json.GetProperty("markov").TryGetProperty("shareIntervals", out _));
    }
}
