using System.Collections.Concurrent;
using System.Reflection;

namespace Personas.Notebooks;

/// <summary>
/// Shows Plotly.NET charts without a kernel extension, found by reflection so that this project needs no Plotly
/// reference: a chart is a value whose assembly has a public static <c>toChartHTML(chart)</c> method (Plotly.NET's
/// <c>GenericChart.toChartHTML</c>). The plotly.js embedded in that assembly is written once per run, before the
/// first chart, so the executed notebook and its HTML export draw offline.
/// </summary>
internal static class PlotlyCharts
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Renderers = new();

    public static string? ToHtml(object value, DisplayState state)
    {
        var type = value.GetType();
        if (type.Namespace?.StartsWith("Plotly.NET", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var render = Renderers.GetOrAdd(type, t => t.Assembly.GetExportedTypes()
            .SelectMany(x => x.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .FirstOrDefault(m => m.Name == "toChartHTML" && m.ReturnType == typeof(string)
                && m.GetParameters() is { Length: 1 } p && p[0].ParameterType.IsAssignableFrom(t)));
        if (render is null)
        {
            return null;
        }

        var chart = (string)render.Invoke(null, [value])!;
        if (state.PlotlyScriptWritten || Script(type.Assembly) is not { } script)
        {
            return chart;
        }

        state.PlotlyScriptWritten = true;
        return "<script type=\"text/javascript\">" + script + "</script>\n" + chart;
    }

    private static string? Script(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames()
            .Where(n => n.Contains("plotly", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".js", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(n => n.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        if (name is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
