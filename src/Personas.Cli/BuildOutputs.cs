using Personas.Reporting;

namespace Personas.Cli;

/// <summary>Writes the files of a build into an output folder: personas.json, assignments.csv, exclusions.csv, cards.md, report.html.</summary>
internal static class BuildOutputs
{
    public static void Write(OutputFolder output, PersonaBuildResult result, BuildRunInfo run, CliContext ctx)
    {
        var info = ReportInfoFor(result, run);
        output.WriteText("personas.json", PersonasDocument.ToJson(result, run));
        output.WriteText("assignments.csv", BuildCsv.Assignments(result));
        output.WriteText("exclusions.csv", BuildCsv.Exclusions(result.Table.Exclusions));
        output.WriteText("cards.md", CardRenderer.ToMarkdown(result.Personas, info));
        output.WriteText("report.html", CardRenderer.ToHtml(result.Personas, info));
        ctx.CancellationToken.ThrowIfCancellationRequested();
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
