using System.Text.Json;
using Plotly.NET;

namespace Personas.Charts.Tests.TestSupport;

/// <summary>The JSON Plotly.NET generates for a chart, parsed for assertions.</summary>
internal sealed class ChartJson
{
    public ChartJson(GenericChart chart)
    {
        Root = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;
    }

    public JsonElement Root { get; }

    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => Root.GetProperty("layout");

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
