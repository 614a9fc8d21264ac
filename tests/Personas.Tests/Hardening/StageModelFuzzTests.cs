using Personas.Journeys;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed stage mapping files (JSON and CSV): a usable model or a located <see cref="Personas.Data.PersonasDataException"/>.</summary>
public class StageModelFuzzTests
{
    private const string JsonSeed =
        """{"stages": [{"name": "aware", "touchpoints": ["tv", "radio"]}, {"name": "buy", "touchpoints": ["shop"]}], "touchpoints": {"web": "aware"}, "useDefaults": false}""";

    private const string ListSeed = """{"stages": ["see", "think", "do"], "touchpoints": {"banner": "see", "search": "think", "store": "do"}}""";

    private const string CsvSeed = "touchpoint,stage\nbanner,see\nsearch,think\nstore,do\nvideo,see\n\"e-mail, weekly\",think\n";

    [Fact]
    public void LoadFile_Json_OnMalformedFiles_LoadsOrThrowsLocatedDataException() =>
        FuzzHarness.Run("stages-json", FsCheck.Fluent.Gen.OneOf(MalformedInput.JsonCases(JsonSeed), MalformedInput.JsonCases(ListSeed)), StageModel.LoadFile, Check);

    [Fact]
    public void LoadFile_Csv_OnMalformedFiles_LoadsOrThrowsLocatedDataException() =>
        FuzzHarness.Run("stages-csv", MalformedInput.Cases(CsvSeed, ["touchpoint", "stage"]), StageModel.LoadFile, Check);

    private static string? Check(StageModel model, FuzzCase c)
    {
        if (model.Stages.Count == 0 || model.Stages.Distinct(StringComparer.Ordinal).Count() != model.Stages.Count)
        {
            return "no stages, or a stage named twice";
        }

        // Every mapping must point at a stage of the model.
        foreach (var t in new[] { "tv", "web", "banner", "search", "store", "shop", "video", "e-mail, weekly" })
        {
            if (model.StageOf(t) is { } stage && model.IndexOf(stage) < 0)
            {
                return $"'{t}' maps to '{stage}', which is not a stage";
            }
        }

        return null;
    }
}
