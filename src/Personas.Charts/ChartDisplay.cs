using System.Globalization;
using Plotly.NET;

namespace Personas.Charts;

/// <summary>
/// Displays charts in notebooks without network access: the first chart of a notebook session carries plotly.js (inline,
/// once), later charts draw with the global <c>Plotly</c> it defines. Used by the <c>extension.dib</c> formatter in a
/// .NET Interactive kernel and by the headless notebook runner.
/// </summary>
public static class ChartDisplay
{
    private static int _plotlySent;
    private static int _counter;

    /// <summary>The HTML of a chart for a notebook output (<c>text/html</c>). The first call of a session includes plotly.js.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>An HTML fragment: a div and its drawing script (preceded by plotly.js for the first chart of the session).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <example><code>display(HTML(ChartDisplay.ToNotebookHtml(PersonaCharts.ChoosingK(candidates, 4))));</code></example>
    public static string ToNotebookHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var first = Interlocked.Exchange(ref _plotlySent, 1) == 0;
        var id = "personas-nb-chart-" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        var div = ChartHtml.ChartDiv(chart, id, waitForPlotly: true);
        return first ? ChartHtml.PlotlyScript + div : div;
    }

    /// <summary>Starts a new notebook session: the next <see cref="ToNotebookHtml(GenericChart)"/> includes plotly.js again
    /// and chart ids restart at 1. The headless runner calls this before each notebook.</summary>
    public static void ResetSession()
    {
        Interlocked.Exchange(ref _plotlySent, 0);
        Interlocked.Exchange(ref _counter, 0);
    }

    /// <summary>The script tags that define the global <c>Plotly</c> (plotly.js 2.28.0 inline, no network), for a page that
    /// wants to load it itself (for example at the top of an exported notebook).</summary>
    /// <returns>HTML script tags.</returns>
    public static string PlotlyScriptHtml() => ChartHtml.PlotlyScript;
}
