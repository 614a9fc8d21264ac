using System.Text.RegularExpressions;
using Plotly.NET;

namespace Personas.Charts;

/// <summary>HTML pieces for offline charts: plotly.js from Plotly.NET's embedded resource, and chart divs with
/// deterministic ids (Plotly.NET's own ids are random GUIDs, which would make every report differ).</summary>
internal static partial class ChartHtml
{
    /// <summary>The attribute that marks the script tag carrying plotly.js (a page needs it only once).</summary>
    public const string PlotlyMarker = "data-personas-plotly";

    private const string Resource = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Plotly.NET.dll does not contain the resource '{Resource}'.");
        using var reader = new StreamReader(stream);
        var js = reader.ReadToEnd();

        // RequireJS (classic Jupyter) would capture the UMD bundle as an anonymous module and leave no global Plotly:
        // hide `define` while plotly.js loads.
        return "<script " + PlotlyMarker + "=\"hide-amd\">window.__personasDefine = window.define; window.define = undefined;</script>\n"
            + "<script type=\"text/javascript\" " + PlotlyMarker + "=\"plotly-2.28.0\">" + js + "</script>\n"
            + "<script " + PlotlyMarker + "=\"restore-amd\">window.define = window.__personasDefine;</script>\n";
    });

    /// <summary>The script tags that define the global <c>Plotly</c> (plotly.js 2.28.0, about 3.6 MB, inline).</summary>
    public static string PlotlyScript => Script.Value;

    /// <summary>A chart's div and drawing script with <paramref name="id"/> as the div id.</summary>
    public static string ChartDiv(GenericChart chart, string id, bool waitForPlotly)
    {
        var html = EscapeScriptBody(ToChartHtml(chart));
        var guid = GuidId().Match(html);
        if (!guid.Success)
        {
            throw new InvalidOperationException("Unexpected Plotly.NET chart HTML: no div id found.");
        }

        var g = guid.Groups[1].Value;
        var functionName = "renderPlotly_" + g.Replace("-", string.Empty, StringComparison.Ordinal);
        var safe = id.Replace("-", "_", StringComparison.Ordinal);
        html = html.Replace(functionName, "renderPlotly_" + safe, StringComparison.Ordinal).Replace(g, id, StringComparison.Ordinal);
        if (waitForPlotly)
        {
            // Later notebook outputs reference the global Plotly defined by the first one; wait for it if needed.
            html = html.Replace(
                "renderPlotly_" + safe + "();",
                "(function personasWait() { if (typeof Plotly === 'undefined') { setTimeout(personasWait, 50); } else { renderPlotly_" + safe + "(); } })();",
                StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>
    /// Plotly.NET's chart HTML, with the layout's template serialized once per distinct template: Plotly.NET serializes
    /// its default template (8.5 KB of JSON, a new but equal copy in every chart) again for every chart, 100-370 ms each, which was most of report.html's
    /// time (ten charts: about 4 s). The template is taken out of the layout while Plotly.NET writes the rest, and its
    /// cached JSON is put back as the layout's first property: the same figure for plotly.js.
    /// </summary>
    internal static string ToChartHtml(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        object? template = null;
        foreach (var property in layout.GetProperties(true))
        {
            if (property.Key == "template")
            {
                template = property.Value;
            }
        }

        if (template is null)
        {
            return GenericChart.toChartHTML(chart);
        }

        string html;
        lock (TemplateJson)
        {
            layout.RemoveProperty("template");
            try
            {
                html = GenericChart.toChartHTML(chart);
            }
            finally
            {
                layout.SetProperty("template", template);
            }
        }

        const string Start = "var layout = {";
        var at = html.IndexOf(Start, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("Unexpected Plotly.NET chart HTML: no layout found.");
        }

        at += Start.Length;
        var json = TemplateJsonOf(template);
        return html[..at] + "\"template\":" + json + (html[at] == '}' ? string.Empty : ",") + html[at..];
    }

    // Every chart gets its own copy of Plotly.NET's default template; the copies are equal (structural equality).
    private static readonly List<(object Template, string Json)> TemplateJson = [];

    private static string TemplateJsonOf(object template)
    {
        lock (TemplateJson)
        {
            foreach (var (known, json) in TemplateJson)
            {
                if (ReferenceEquals(known, template) || known.Equals(template))
                {
                    return json;
                }
            }

            var serialized = Newtonsoft.Json.JsonConvert.SerializeObject(template);
            if (TemplateJson.Count < 16)
            {
                TemplateJson.Add((template, serialized));
            }

            return serialized;
        }
    }

    /// <summary>
    /// Makes data text inside the chart's script inert, for the HTML parser and for Plotly's label markup: a persona,
    /// feature or level name such as <c>&lt;/script&gt;&lt;img src=x onerror=...&gt;</c> must neither end the script
    /// element nor become markup in a label. Inside the script body (from the first script tag to the last closing tag,
    /// so a closing tag in the data cannot cut it short) every <c>&lt;</c> becomes the entity <c>&amp;lt;</c>, which
    /// Plotly shows as <c>&lt;</c>, except in the few label tags the charts use themselves (<c>&lt;br&gt;</c>,
    /// <c>&lt;b&gt;</c>, <c>&lt;/b&gt;</c>, <c>&lt;extra&gt;</c>, <c>&lt;/extra&gt;</c>). Plotly.NET's drawing code holds
    /// no <c>&lt;</c> of its own (the JSON is the only place one can occur).
    /// </summary>
    internal static string EscapeScriptBody(string html)
    {
        var open = html.IndexOf("<script", StringComparison.Ordinal);
        var close = html.LastIndexOf("</script>", StringComparison.Ordinal);
        if (open < 0 || close < 0)
        {
            return html;
        }

        var bodyStart = html.IndexOf('>', open) + 1;
        if (bodyStart <= 0 || bodyStart > close)
        {
            return html;
        }

        var body = DataAngleBracket().Replace(html[bodyStart..close], "&lt;");
        return string.Concat(html.AsSpan(0, bodyStart), body, html.AsSpan(close));
    }

    [GeneratedRegex("<(?!(?:br|b|/b|extra|/extra)>)")]
    private static partial Regex DataAngleBracket();

    [GeneratedRegex("<div id=\"([0-9a-fA-F-]{36})\"")]
    private static partial Regex GuidId();
}
