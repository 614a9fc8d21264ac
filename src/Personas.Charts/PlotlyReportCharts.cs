using Personas.Reporting;

namespace Personas.Charts;

/// <summary>
/// Interactive Plotly charts for <c>report.html</c>: pass <see cref="Instance"/> as <see cref="BuildOutputOptions.Charts"/>
/// and <see cref="PersonaBuildResult.Save(string, BuildOutputOptions?, CancellationToken)"/> writes the same report as
/// <c>personas build</c> (plotly.js embedded once, offline, deterministic).
/// </summary>
/// <example>
/// <code>
/// result.Save("out", new BuildOutputOptions { Charts = PlotlyReportCharts.Instance, Journeys = journeys });
/// </code>
/// </example>
public sealed class PlotlyReportCharts : IReportCharts
{
    private PlotlyReportCharts()
    {
    }

    /// <summary>The charts of the report, as the command line draws them.</summary>
    public static PlotlyReportCharts Instance { get; } = new();

    /// <inheritdoc/>
    public string AddTo(string reportHtml, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(reportHtml);
        ArgumentNullException.ThrowIfNull(content);
        var r = content.Result;
        var charts = ReportCharts.Charts(r.Personas, r.Segmentation, r.Features, content.Journeys, content.Drift, "Previous model", "This run");
        return ReportCharts.InsertIntoPage(reportHtml, charts);
    }
}
