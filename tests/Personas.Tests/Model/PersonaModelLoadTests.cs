using System.Text.Json.Nodes;
using Personas.Data;
using Personas.Model;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Model;

public class PersonaModelLoadTests
{
    private static readonly Lazy<PersonaModel> Model = new(() => ModelTestData.Build().Model);

    [Fact]
    public void Load_NotJson_NamesFileAndLine()
    {
        var e = LoadText("this is not a model\n");
        Assert.Equal(1, e.Line);
        Assert.Contains("bad.persona.json:1", e.Message, StringComparison.Ordinal);
        Assert.Contains("not JSON or is truncated", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<PersonasDataException>(e);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void Load_TruncatedFile_IsRejected()
    {
        var json = Model.Value.ToJson();
        var e = LoadText(json[..(json.Length / 2)]);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 1);
        Assert.Contains("empty file", LoadText(string.Empty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSchemaVersion_SaysSo()
    {
        var e = LoadEdited(j => j["schemaVersion"] = 3);
        Assert.Equal("$.schemaVersion", e.JsonPath);
        Assert.Contains("schema version", e.Message, StringComparison.Ordinal);
        Assert.Contains("found 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingField_NamesIt()
    {
        var e = LoadEdited(j => j.AsObject().Remove("createdAt"));
        Assert.Equal("$.createdAt", e.JsonPath);
        Assert.Contains("required", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.personas[1].outlierDistance", LoadEdited(j => j["personas"]![1]!.AsObject().Remove("outlierDistance")).JsonPath);
    }

    [Fact]
    public void Load_MalformedFields_NameThePathAndValue()
    {
        var rows = LoadEdited(j => j["training"]!["rows"] = "many");
        Assert.Equal("$.training.rows", rows.JsonPath);
        Assert.Contains("expected a whole number, found the string \"many\"", rows.Message, StringComparison.Ordinal);
        Assert.Equal("$.createdAt", LoadEdited(j => j["createdAt"] = "yesterday").JsonPath);
        Assert.Equal("$.featurePlan.columns[2].role", LoadEdited(j => j["featurePlan"]!["columns"]![2]!["role"] = "rocket").JsonPath);
        Assert.Equal("$.personas[0].centroid[1]", LoadEdited(j => j["personas"]![0]!["centroid"]![1] = "x").JsonPath);
        Assert.Equal("$.personas[0].id", LoadEdited(j => j["personas"]![0]!["id"] = "Q1").JsonPath);
        Assert.Equal("$.personas[1].id", LoadEdited(j => j["personas"]![1]!["id"] = "P1").JsonPath);
        Assert.Equal("$.personas[0].extra", LoadEdited(j => j["personas"]![0]!["extra"] = 1).JsonPath);
        Assert.Equal("$.format", LoadEdited(j => j["format"] = "personas.cards").JsonPath);
    }

    [Fact]
    public void Load_CentroidOfWrongLength_SaysHowManyWereExpected()
    {
        var e = LoadEdited(j => j["personas"]![2]!["centroid"]!.AsArray().RemoveAt(0));
        Assert.Equal("$.personas[2].centroid", e.JsonPath);
        var d = Model.Value.Dimension;
        Assert.Contains($"expected {d} numbers (one per feature), found {d - 1} numbers", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TamperedValue_FailsTheChecksum()
    {
        var e = LoadEdited(j => j["personas"]![0]!["centroid"]![0] = 0.5);
        Assert.Equal("$.checksum", e.JsonPath);
        Assert.Contains("changed after it was saved", e.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch("sha256:[0-9a-f]{64}", e.Message); // the value that would make the edited file load is not printed
        Assert.Equal("$.checksum", LoadEdited(j => j["personas"]![0]!["name"] = "Someone else").JsonPath);
        Assert.Equal("$.checksum", LoadEdited(j => j["checksum"] = "sha256:" + new string('0', 64)).JsonPath);
    }

    [Fact]
    public void Load_ReformattedButUnchangedContent_IsAccepted()
    {
        // The checksum covers the canonical content, not the bytes: whitespace changes are harmless.
        var json = JsonNode.Parse(Model.Value.ToJson())!.ToJsonString();
        Assert.Equal(Model.Value.Checksum, PersonaModel.FromJson(json).Checksum);
    }

    [Fact]
    public void Load_MissingFile_IsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => PersonaModel.Load(Path.Combine(Paths.NewTempDir(), "none.persona.json")));
    }

    private static PersonaModelException LoadEdited(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(Model.Value.ToJson())!;
        edit(node);
        return LoadText(node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static PersonaModelException LoadText(string text)
    {
        var path = Path.Combine(Paths.NewTempDir(), "bad.persona.json");
        File.WriteAllText(path, text);
        var e = Assert.Throws<PersonaModelException>(() => PersonaModel.Load(path));
        Assert.StartsWith("bad.persona.json", e.Message, StringComparison.Ordinal);
        return e;
    }
}
