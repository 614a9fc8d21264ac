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

    /// <summary>The HTML without the inline plotly.js bundle (whose source mentions URLs such as its topojson CDN, unused here).</summary>
    public static string WithoutPlotlyJs(string html) => System.Text.RegularExpressions.Regex.Replace(
        html, "<script type=\"text/javascript\" data-personas-plotly=\"plotly-2.28.0\">.*?</script>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
