using Plotly.NET;

namespace Personas.Charts;

/// <summary>The common look of every chart: title, axis titles, size, legend, no Plotly logo link.</summary>
internal static class ChartStyle
{
    /// <summary>The default chart height in pixels.</summary>
    public const int DefaultHeight = 480;

    /// <summary>Finishes a chart: sets the title and layout entries, removes Plotly.NET's fixed width (the chart fills its
    /// container) and turns off the Plotly logo link (no outbound links in offline reports).</summary>
    public static GenericChart Finish(GenericChart chart, string title, int height, params (string Key, object? Value)[] layoutEntries)
    {
        var layout = new Layout();
        layout.SetProperty("title", Json.O(("text", title), ("x", 0.02), ("xanchor", "left"), ("y", 0.985), ("yref", "container"), ("yanchor", "top"), ("font", Json.O(("size", 18)))));
        layout.SetProperty("height", height);
        layout.SetProperty("autosize", true);
        layout.SetProperty("margin", Json.O(("t", 90), ("l", 70), ("r", 30), ("b", 60)));
        layout.SetProperty("font", Json.O(("family", "Segoe UI, Helvetica, Arial, sans-serif"), ("size", 13)));
        foreach (var (key, value) in layoutEntries)
        {
            if (value is not null)
            {
                layout.SetProperty(key, value);
            }
        }

        var styled = Chart.withLayout(layout).Invoke(chart);
        GenericChart.getLayout(styled).RemoveProperty("width");
        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        return Chart.withConfig(config).Invoke(styled);
    }

    /// <summary>A legend in one row above the plot, under the title: it never covers the axes or their labels.</summary>
    public static Dictionary<string, object> LegendAbove(string? title = null) => Json.O(
        ("orientation", "h"),
        ("x", 0.0),
        ("xanchor", "left"),
        ("y", 1.0),
        ("yanchor", "bottom"),
        ("title", title is null ? null : Json.Title(title)),
        ("font", Json.O(("size", 13))));

    /// <summary>An axis with a title.</summary>
    public static Dictionary<string, object> Axis(string title, params (string Key, object? Value)[] more)
    {
        var axis = Json.O(more);
        axis["title"] = Json.Title(title);
        axis["automargin"] = true;
        return axis;
    }

    /// <summary>A chart made of raw trace objects (with Plotly.NET's default template).</summary>
    public static GenericChart FromTraces(IEnumerable<Trace> traces)
    {
        var charts = traces.Select(t => GenericChart.ofTraceObject(true, t)).ToList();
        return charts.Count == 1 ? charts[0] : Plotly.NET.CSharp.Chart.Combine(charts);
    }
}
