using Personas.Journeys;
using Personas.Journeys.Attribution;
using Plotly.NET;

namespace Personas.Charts;

public static partial class ReportCharts
{
    /// <summary>
    /// <c>journeys.html</c>: the journey report (<see cref="JourneyReport.ToHtml"/>: counting rules, each persona's journey
    /// in sentences and tables, stage funnel, paths, attribution) with its charts: the journey map by step, the stage
    /// funnel, the next-touchpoint probabilities and attribution by model. Self-contained and offline (plotly.js embedded once).
    /// </summary>
    /// <param name="journeys">The journey map.</param>
    /// <param name="personaNames">A display name per persona id (for example from <c>assignments.csv</c>), or null to use the ids.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journeys"/> is null.</exception>
    /// <example><code>File.WriteAllText("out/journeys.html", ReportCharts.JourneysPage(map, names));</code></example>
    public static string JourneysPage(JourneyMap journeys, IReadOnlyDictionary<string, string>? personaNames = null)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        return InsertIntoPage(JourneyReport.ToHtml(journeys, personaNames), JourneyCharts(journeys, personaNames ?? new Dictionary<string, string>()));
    }

    /// <summary>
    /// <c>attribution.html</c>: the attribution report (<see cref="AttributionReport.ToHtml"/>: each model's share and
    /// credited conversions per touchpoint) with the chart of shares by model. Self-contained and offline.
    /// </summary>
    /// <param name="result">The attribution result.</param>
    /// <param name="source">Where the paths came from (a file name).</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string AttributionPage(AttributionResult result, string source)
    {
        var page = AttributionReport.ToHtml(result, source);
        return result.Conversions <= 0 || result.FirstTouch.Conversions.Count == 0 ? page : InsertIntoPage(page, [PersonaCharts.Attribution(result, source)]);
    }

    private static List<GenericChart> JourneyCharts(JourneyMap journeys, IReadOnlyDictionary<string, string> names)
    {
        var charts = new List<GenericChart>();
        var personas = journeys.ByPersona.Count > 0;
        if (journeys.Overall.StepMap.Journeys > 0)
        {
            charts.Add(PersonaCharts.JourneyMap(journeys, names));
        }

        var steps = journeys.Overall.StageFunnel.Steps;
        if (steps.Count > 0 && journeys.Overall.Journeys > 0)
        {
            charts.Add(personas
                ? PersonaCharts.StageFunnel(journeys, names)
                : PersonaCharts.StageFunnel(steps.Select(s => s.Step).ToArray(), [PersonaCharts.AllCustomers], [steps.Select(s => (double)s.Count).ToArray()]));
        }

        if (journeys.Overall.Dfg.Edges.Count > 0)
        {
            charts.Add(personas ? PersonaCharts.TransitionHeatmap(journeys, names) : PersonaCharts.TransitionHeatmap([PersonaCharts.AllCustomers], [PersonaCharts.Flows(journeys.Overall)]));
        }

        if (journeys.Overall.Attribution.Conversions > 0 && journeys.Overall.Attribution.FirstTouch.Conversions.Count > 0)
        {
            charts.Add(PersonaCharts.Attribution(journeys));
        }

        return charts;
    }
}
