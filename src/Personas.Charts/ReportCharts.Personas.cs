using Personas.Features;
using Personas.Journeys;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;
using Plotly.NET;

namespace Personas.Charts;

public static partial class ReportCharts
{
    /// <summary>Every chart that applies to a build, in report order: persona map, sizes and value shares, trait heatmap,
    /// radars, choosing k; with journeys: the journey map by step, stage funnel (when there are stages), transitions, attribution (when there
    /// are conversions); with a refresh: migration.</summary>
    /// <param name="personas">The persona set.</param>
    /// <param name="segmentation">The segmentation the persona set was profiled from.</param>
    /// <param name="features">The feature matrix the segmentation was fitted on.</param>
    /// <param name="journeys">The journey map, or null without touchpoint events.</param>
    /// <param name="drift">The drift report of a refresh, or null for a first build.</param>
    /// <param name="previousLabel">The previous period's label in the migration chart (for example <c>2026 Q2</c>).</param>
    /// <param name="currentLabel">The current period's label in the migration chart.</param>
    /// <returns>The charts, persona colours consistent across all of them.</returns>
    /// <exception cref="ArgumentException">The persona set, segmentation and matrix do not belong together.</exception>
    /// <example><code>var html = ReportCharts.InsertIntoPage(CardRenderer.ToHtml(set, info), ReportCharts.Charts(set, segmentation, matrix, journeys));</code></example>
    public static IReadOnlyList<GenericChart> Charts(
        PersonaSet personas,
        SegmentationResult segmentation,
        FeatureMatrix features,
        JourneyMap? journeys = null,
        DriftReport? drift = null,
        string previousLabel = "Previous",
        string currentLabel = "Current")
    {
        var charts = new List<GenericChart>
        {
            PersonaCharts.PersonaMap(personas, segmentation, features),
            PersonaCharts.SizesAndValueShares(personas),
            PersonaCharts.TraitHeatmap(personas, segmentation, features),
            PersonaCharts.TraitRadars(personas, segmentation, features),
            PersonaCharts.ChoosingK(segmentation.KSelection),
        };
        if (journeys is not null && journeys.ByPersona.Count > 0)
        {
            charts.Add(PersonaCharts.JourneyMap(journeys, personas));
            if (journeys.StageNames.Count > 0 || journeys.Overall.StageFunnel.Steps.Count > 0)
            {
                charts.Add(PersonaCharts.StageFunnel(journeys, personas));
            }

            charts.Add(PersonaCharts.TransitionHeatmap(journeys, personas));
            if (journeys.Overall.Conversions > 0)
            {
                charts.Add(PersonaCharts.Attribution(journeys, null, personas));
            }
        }

        if (drift is not null && drift.Migration.Matrix.Count > 0)
        {
            charts.Add(PersonaCharts.MigrationSankey(drift, personas, previousLabel, currentLabel));
        }

        return charts;
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
        string previousLabel = "Previous",
        string currentLabel = "Current") =>
        ToHtmlSection(Charts(personas, segmentation, features, journeys, drift, previousLabel, currentLabel));
}
