using Personas.Features;
using Personas.Journeys;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;
using Personas.Words;
using Plotly.NET;

namespace Personas.Charts;

public static partial class ReportCharts
{
    /// <summary>Every chart that applies to a build, in report order (see <see cref="Figures"/>).</summary>
    /// <param name="personas">The persona set.</param>
    /// <param name="segmentation">The segmentation the persona set was profiled from.</param>
    /// <param name="features">The feature matrix the segmentation was fitted on.</param>
    /// <param name="journeys">The journey map, or null without touchpoint events.</param>
    /// <param name="drift">The drift report of a refresh, or null for a first build.</param>
    /// <param name="previousLabel">The previous period's label in the migration chart, or null for the drift report's own.</param>
    /// <param name="currentLabel">The current period's label in the migration chart, or null for the drift report's own.</param>
    /// <returns>The charts, persona colours consistent across all of them (by persona id).</returns>
    /// <exception cref="ArgumentException">The persona set, segmentation and matrix do not belong together.</exception>
    /// <example><code>var html = ReportCharts.InsertIntoPage(CardRenderer.ToHtml(set, info), ReportCharts.Charts(set, segmentation, matrix, journeys));</code></example>
    public static IReadOnlyList<GenericChart> Charts(
        PersonaSet personas,
        SegmentationResult segmentation,
        FeatureMatrix features,
        JourneyMap? journeys = null,
        DriftReport? drift = null,
        string? previousLabel = null,
        string? currentLabel = null) =>
        [.. Figures(personas, segmentation, features, journeys, drift, previousLabel, currentLabel).Select(f => f.Chart)];

    /// <summary>
    /// Every chart of a build's report with its place, heading and how-to-read line: in the overview the sizes and value
    /// shares, how the personas differ (heatmap), the persona map and the choice of k; next to each persona's card its top
    /// differences; with journeys the journey map, stage funnel (when there are stages), next touchpoints and attribution
    /// (when there are conversions); with a refresh the migration between periods. Words follow the persona set's language
    /// and data dictionary.
    /// </summary>
    /// <param name="personas">The persona set.</param>
    /// <param name="segmentation">The segmentation the persona set was profiled from.</param>
    /// <param name="features">The feature matrix the segmentation was fitted on.</param>
    /// <param name="journeys">The journey map, or null without touchpoint events.</param>
    /// <param name="drift">The drift report of a refresh, or null for a first build.</param>
    /// <param name="previousLabel">The previous period's label in the migration chart, or null for the drift report's own.</param>
    /// <param name="currentLabel">The current period's label in the migration chart, or null for the drift report's own.</param>
    /// <returns>The figures in report order.</returns>
    /// <exception cref="ArgumentException">The persona set, segmentation and matrix do not belong together.</exception>
    public static IReadOnlyList<ReportFigure> Figures(
        PersonaSet personas,
        SegmentationResult segmentation,
        FeatureMatrix features,
        JourneyMap? journeys = null,
        DriftReport? drift = null,
        string? previousLabel = null,
        string? currentLabel = null)
    {
        ArgumentNullException.ThrowIfNull(personas);
        var words = Wording.Of(personas);
        var hasValue = personas.ValueColumn is not null && personas.Personas.All(p => p.ValueShare is not null);
        var figures = new List<ReportFigure>
        {
            new("overview", "sizes", words.T(hasValue ? "chart.sizesTitle" : "chart.sizesTitleNoValue"), hasValue ? words.T("how.sizes", ("value", words.Label(personas.ValueColumn!))) : words.T("how.sizesNoValue"), PersonaCharts.SizesAndValueShares(personas)),
        };
        if (personas.Personas.Any(p => p.Traits.Count > 0))
        {
            figures.Add(new("overview", "heatmap", words.T("chart.heatmapTitle"), words.T("how.heatmap"), PersonaCharts.TraitHeatmap(personas)));
        }

        figures.Add(new("overview", "map", words.T("fig.map"), words.T("how.map"), PersonaCharts.PersonaMap(personas, segmentation, features)));
        figures.Add(new("overview", "choosing-k", words.T("chart.choosingKTitle"), words.T("how.choosingK"), PersonaCharts.ChoosingK(segmentation.KSelection, words)));
        foreach (var p in personas.Personas.Where(p => p.IsDetailed && p.Traits.Count > 0))
        {
            figures.Add(new("persona:" + p.Id, "differences-" + p.Id, words.T("fig.differences"), words.T("how.differences"), PersonaCharts.TopDifferences(personas, p.Id)));
        }

        if (journeys is not null && journeys.ByPersona.Count > 0)
        {
            figures.Add(new("journeys", "journey-map", words.T("fig.journeyMap"), words.T("how.journeyMap"), PersonaCharts.JourneyMap(journeys, personas)));
            if (journeys.StageNames.Count > 0 || journeys.Overall.StageFunnel.Steps.Count > 0)
            {
                figures.Add(new("journeys", "funnel", words.T("fig.funnel"), words.T("how.funnel"), PersonaCharts.StageFunnel(journeys, personas)));
            }

            figures.Add(new("journeys", "transitions", words.T("fig.transitions"), words.T("how.transitions"), PersonaCharts.TransitionHeatmap(journeys, personas)));
            if (journeys.Overall.Conversions > 0)
            {
                figures.Add(new("journeys", "attribution", words.T("fig.attribution"), words.T("how.attribution"), PersonaCharts.Attribution(journeys, null, personas)));
            }
        }

        if (drift is not null && drift.Migration.Matrix.Count > 0)
        {
            figures.Add(new("drift", "migration", words.T("fig.migration"), words.T("how.migration"), PersonaCharts.MigrationSankey(drift, personas, previousLabel, currentLabel)));
        }

        return figures;
    }

    /// <summary>The chart section of <c>report.html</c> for a build: <see cref="Charts"/> rendered by
    /// <see cref="ToHtmlSection(IReadOnlyList{GenericChart}, string, bool)"/> (plotly.js embedded once).</summary>
    /// <param name="personas">The persona set.</param>
    /// <param name="segmentation">The segmentation.</param>
    /// <param name="features">The feature matrix.</param>
    /// <param name="journeys">The journey map, or null.</param>
    /// <param name="drift">The drift report, or null.</param>
    /// <param name="previousLabel">The previous period's label in the migration chart.</param>
    /// <param name="currentLabel">The current period's label in the migration chart.</param>
    /// <returns>An HTML fragment to insert into the report's body.</returns>
    /// <exception cref="ArgumentException">The inputs do not belong together.</exception>
    public static string ToHtmlSection(
        PersonaSet personas,
        SegmentationResult segmentation,
        FeatureMatrix features,
        JourneyMap? journeys = null,
        DriftReport? drift = null,
        string? previousLabel = null,
        string? currentLabel = null) =>
        ToHtmlSection(Charts(personas, segmentation, features, journeys, drift, previousLabel, currentLabel));
}
