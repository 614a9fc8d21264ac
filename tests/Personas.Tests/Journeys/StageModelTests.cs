using Personas.Data;
using Personas.Journeys;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys;

public class StageModelTests
{
    [Theory]
    [InlineData("social_ads", "need recognition")]
    [InlineData("Display Ads", "need recognition")]
    [InlineData("paid_search", "information search")]
    [InlineData("comparison_sites", "information search")]
    [InlineData("checkout", "purchase decision")]
    [InlineData("purchase", "purchase decision")]
    [InlineData("delivery", "post-purchase")]
    [InlineData("customer_service", "post-purchase")]
    [InlineData("loyalty_program", "repurchase")]
    [InlineData("reorder", "repurchase")]
    public void Default_CommonTouchpoints_MapToStages(string touchpoint, string stage) =>
        Assert.Equal(stage, StageModel.Default.StageOf(touchpoint));

    [Fact]
    public void Default_UnknownTouchpoint_IsUnmapped() => Assert.Null(StageModel.Default.StageOf("xyzzy"));

    [Fact]
    public void LoadFile_Json_ReadsStagesTouchpointsAndDefaultsSwitch()
    {
        var path = Path.Combine(Paths.NewTempDir(), "stages.json");
        File.WriteAllText(path, """{"stages": [{"name": "aware", "touchpoints": ["tv"]}, {"name": "buy", "touchpoints": ["shop"]}], "touchpoints": {"web": "aware"}, "useDefaults": false}""");
        var model = StageModel.LoadFile(path);
        Assert.Equal(["aware", "buy"], model.Stages);
        Assert.Equal("aware", model.StageOf("TV"));
        Assert.Equal("aware", model.StageOf("web"));
        Assert.Equal("buy", model.StageOf("shop"));
        Assert.Null(model.StageOf("search"));
    }

    [Fact]
    public void LoadFile_Csv_KeepsStageOrderOfFirstAppearance()
    {
        var path = Path.Combine(Paths.NewTempDir(), "stages.csv");
        File.WriteAllText(path, "touchpoint,stage\nbanner,see\nsearch,think\nstore,do\nvideo,see\n");
        var model = StageModel.LoadFile(path);
        Assert.Equal(["see", "think", "do"], model.Stages);
        Assert.Equal("see", model.StageOf("video"));
    }

    [Fact]
    public void LoadFile_MappingToUnknownStage_ThrowsDataError()
    {
        var path = Path.Combine(Paths.NewTempDir(), "stages.json");
        File.WriteAllText(path, """{"stages": ["a"], "touchpoints": {"tv": "b"}}""");
        var e = Assert.Throws<PersonasDataException>(() => StageModel.LoadFile(path));
        Assert.Contains("'b'", e.Message, StringComparison.Ordinal);
    }
}
