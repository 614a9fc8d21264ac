using System.Text.Json;
using System.Text.Json.Nodes;
using Personas.Model;
using Personas.Segmentation;
using Personas.Tests.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Model;

public class ModelSchemaTests
{
    [Fact]
    public void ModelFile_ValidatesAgainstItsSchema()
    {
        var schema = MiniSchemaValidator.Load(Path.Combine(Paths.RepoRoot, "schemas", "model.schema.json"));
        var json = ModelTestData.Build().Model.ToJson();
        using var doc = JsonDocument.Parse(json);
        Assert.Empty(schema.Validate(doc.RootElement));

        var broken = JsonNode.Parse(json)!;
        broken.AsObject().Remove("checksum");
        using var brokenDoc = JsonDocument.Parse(broken.ToJsonString());
        Assert.NotEmpty(schema.Validate(brokenDoc.RootElement));
    }

    [Fact]
    public void DriftJson_FromARefresh_ValidatesAgainstItsSchema()
    {
        var schema = MiniSchemaValidator.Load(Path.Combine(Paths.RepoRoot, "schemas", "drift.schema.json"));
        var options = new SegmentationOptions { K = 3, StabilityResamples = 0, Restarts = 2 };
        var (previous, _, _) = ModelTestData.BuildProfiled(ModelTestData.Table(300, seed: 8), options);
        var result = PersonaRefresher.Refresh(previous, ModelTestData.Table([(30, 25, 0), (80, 45, 1), (130, 22, 2)], 300, seed: 9), new RefreshOptions { Segmentation = options });
        foreach (var report in new[] { result.Drift, DriftAnalysisTests.SampleReport() })
        {
            using var doc = JsonDocument.Parse(DriftWriter.ToJson(report));
            Assert.Empty(schema.Validate(doc.RootElement));
        }
    }
}
