using Personas.Journeys;
using Personas.Model;

namespace Personas.Reporting;

/// <summary>What a report shows: a build (or refresh) result, its journeys and its drift.</summary>
/// <param name="Result">The build result.</param>
/// <param name="Journeys">The personas' journeys, or null without touchpoint events.</param>
/// <param name="Drift">The drift report of a refresh, or null for a first build.</param>
public sealed record ReportContent(PersonaBuildResult Result, JourneyMap? Journeys, DriftReport? Drift);
