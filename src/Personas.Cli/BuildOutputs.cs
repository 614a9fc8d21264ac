using System.Text.Json.Nodes;
using Personas.Charts;
using Personas.Journeys;
using Personas.Model;
using Personas.Reporting;

namespace Personas.Cli;

/// <summary>Writes the files of a build into an output folder: personas.json, assignments.csv, exclusions.csv, cards.md, report.html.</summary>
internal static class BuildOutputs
{
    public static void Write(OutputFolder output, PersonaBuildResult result, BuildRunInfo run, JourneyMap? journeys, CliContext ctx, PersonaModel? model = null, DriftReport? drift = null)
    {
        var info = ReportInfoFor(result, run);
        if (journeys is not null)
        {
            info = info with
            {
                PersonaJourneys = result.Personas.Personas.ToDictionary(
                    p => p.Id,
                    p => JourneyLines(journeys, p.Id, p.Name),
                    StringComparer.Ordinal),
            };
        }

        var fingerprint = DataFingerprint.Compute(result.Table) with { Seed = result.Segmentation.Seed, Options = run.Options, Inputs = run.Inputs };
        model = model is null
            ? PersonaModel.Create(result.Plan, result.Segmentation, result.Personas, fingerprint, new FixedTimeProvider(run.CreatedAt), result.Features, result.Options.Profiling.Overrides)
            : model.WithTraining(fingerprint);
        model.Save(output.PathFor("model.persona.json"));
        Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>? extras = null;
        if (journeys is not null)
        {
            var journeyJson = JourneyJson.Serialize(journeys);
            output.WriteText("journeys.json", journeyJson);
            extras = PersonaJourneys(journeyJson, journeys, result);
        }

        output.WriteText("personas.json", PersonasDocument.ToJson(result, run, extras?.ToDictionary(p => p.Key, p => p.Value)));
        output.WriteText("assignments.csv", BuildCsv.Assignments(result));
        output.WriteText("exclusions.csv", BuildCsv.Exclusions(result.Table.Exclusions));
        output.WriteText("cards.md", CardRenderer.ToMarkdown(result.Personas, info));
        var charts = ReportCharts.Charts(result.Personas, result.Segmentation, result.Features, journeys, drift, "Previous model", "This run");
        output.WriteText("report.html", ReportCharts.InsertIntoPage(CardRenderer.ToHtml(result.Personas, info), charts));
        ctx.CancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Each persona's journey for personas.json: its summary from journeys.json, its comparison with the rest and plain-language findings.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, JsonNode?>> PersonaJourneys(string journeyJson, JourneyMap journeys, PersonaBuildResult result)
    {
        var root = JsonNode.Parse(journeyJson)!;
        var extras = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>(StringComparer.Ordinal);
        foreach (var p in result.Personas.Personas)
        {
            var summary = root["byPersona"]?[p.Id]?.DeepClone();
            if (summary is null)
            {
                continue;
            }

            summary["comparison"] = root["personaComparison"]?[p.Id]?.DeepClone();
            var sentences = new JsonArray();
            foreach (var s in JourneyLines(journeys, p.Id, p.Name))
            {
                sentences.Add(s);
            }

            summary["findings"] = sentences;
            extras[p.Id] = new Dictionary<string, JsonNode?> { ["journey"] = summary };
        }

        return extras;
    }

    /// <summary>A persona's journey findings: the comparison's sentences, with the step it waits longest on (relative to other personas) second.</summary>
    private static IReadOnlyList<string> JourneyLines(JourneyMap journeys, string id, string name)
    {
        var lines = journeys.PersonaComparison.TryGetValue(id, out var c) ? c.Describe(name).ToList() : [];
        if (SlowerTransition.Find(journeys, id).FirstOrDefault() is { } slower)
        {
            lines.Insert(Math.Min(1, lines.Count), slower.Describe(name));
        }

        return lines;
    }

    public static ReportInfo ReportInfoFor(PersonaBuildResult result, BuildRunInfo run) => new()
    {
        DataFile = result.Table.Source,
        RowsRead = result.Table.RowsRead,
        RowsUsed = result.Table.RowCount,
        RowsExcluded = result.Table.Exclusions.Count,
        K = result.Segmentation.K,
        KReason = result.Segmentation.KSelection.Reason,
        Seed = result.Segmentation.Seed,
        LibraryVersion = PersonasInfo.Version,
        CreatedAt = run.CreatedAt,
        Warnings = result.Segmentation.Quality.Warnings.Concat(result.Segmentation.Warnings).Distinct(StringComparer.Ordinal).ToList(),
        Silhouette = result.Segmentation.Quality.Silhouette,
        Stability = result.Segmentation.Quality.Stability,
    };
}
