using System.Text;
using Personas.Model;
using Personas.Tests.Model;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed persona model files: a valid model or a located <see cref="PersonaModelException"/>.</summary>
public class PersonaModelFuzzTests
{
    private static readonly Lazy<string> Seed = new(() => ModelTestData.Build(n: 40, seed: 3).Model.ToJson());

    [Fact]
    public void Load_OnMalformedFiles_LoadsOrThrowsLocatedDataException()
    {
        var (_, rejected) = FuzzHarness.Run("model-file", MalformedInput.JsonCases(Seed.Value), PersonaModel.Load, Check);

        // Almost every mutation breaks the JSON, the schema or the checksum.
        Assert.True(rejected > FuzzHarness.Cases / 2, $"only {rejected} rejections");
    }

    [Fact]
    public void FromJson_OnMalformedText_LoadsOrThrowsLocatedDataException() =>
        FuzzHarness.Run("model-text", MalformedInput.JsonCases(Seed.Value), path => PersonaModel.FromJson(Encoding.UTF8.GetString(File.ReadAllBytes(path)), "model.json"), Check);

    [Fact]
    public void Load_SeedModel_LoadsAndSurvivesTheHarness()
    {
        // Guards the property above: the seed itself must be a valid model, so mutations start from a valid file.
        var model = PersonaModel.FromJson(Seed.Value, "seed.json");
        Assert.Null(Check(model, new FuzzCase([], ".json")));
    }

    private static string? Check(PersonaModel model, FuzzCase c)
    {
        if (model.Personas.Count == 0 || model.Dimension == 0)
        {
            return "a model without personas or features";
        }

        return model.Personas.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == model.Personas.Count ? null : "two personas share an id";
    }
}
