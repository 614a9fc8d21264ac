namespace Personas.Reporting;

/// <summary>
/// Adds interactive charts to <c>report.html</c>. The library writes the report without charts (it has no JavaScript
/// dependency); the <c>Personas.Charts</c> package supplies <c>PlotlyReportCharts</c>, which embeds Plotly charts that
/// work offline. Implementations must be deterministic (same input, same HTML).
/// </summary>
public interface IReportCharts
{
    /// <summary>Returns the report page with charts added.</summary>
    /// <param name="reportHtml">The report page (persona cards).</param>
    /// <param name="content">What the report is about.</param>
    /// <returns>The page with the charts.</returns>
    string AddTo(string reportHtml, ReportContent content);
}
