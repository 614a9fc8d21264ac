using Personas.Journeys;
using Personas.Model;

namespace Personas.Reporting;

/// <summary>Writes the files of a build (or refresh) into an output folder; <see cref="PersonaBuildResult.Save(string, BuildOutputOptions?, CancellationToken)"/> and the command line call it.</summary>
internal static class BuildOutputWriter
{
    /// <summary>Writes every file into the folder's staging area (the caller commits).</summary>
    public static void Write(OutputFolder output, PersonaBuildResult result, BuildOutputOptions options, CancellationToken cancellationToken)
    {
        var journeys = options.Journeys;
        var createdAt = options.Clock.GetUtcNow();
        var steps = 7 + (journeys is null ? 0 : 1) + (options.Drift is null ? 0 : 1);
        var step = 0;
        void Next(string file)
        {
            cancellationToken.ThrowIfCancellationRequested();
            options.Progress?.Report(new PersonasProgress("writing " + file, (double)step++ / steps));
        }

        Next("inputs");
        var run = new BuildRunInfo
        {
            Inputs = [.. options.InputFiles.Select(f => InputFileInfo.Of(f)), .. options.InputQueries.Select(q => InputFileInfo.OfQuery(q))],
            Options = options.RunOptions,
            CreatedAt = createdAt,
        };
        var info = ReportInfoFor(result, run, journeys);
        Next("model.persona.json");
        var fingerprint = DataFingerprint.Compute(result.Table) with { Seed = result.Segmentation.Seed, Options = run.Options, Inputs = run.Inputs };
        var model = options.Model is null
            ? PersonaModel.Create(result.Plan, result.Segmentation, result.Personas, fingerprint, new FrozenClock(createdAt), result.Features, result.Options.Profiling.Overrides)
            : options.Model.WithTraining(fingerprint);
        model.Save(output.PathFor("model.persona.json"));
        if (journeys is not null)
        {
            Next("journeys.json");
            output.WriteText("journeys.json", JourneyJson.Serialize(journeys));
        }

        // A build trained on a sample assigns every input row in a streaming pass first: personas.json states its totals.
        Next("assignments.csv");
        IReadOnlyList<Data.ExcludedRow> exclusions = result.Table.Exclusions;
        using (var writer = output.CreateText("assignments.csv"))
        {
            if (result.Sample is { CoversAllRows: false } sample)
            {
                (sample.AllRows, var all) = SampleAssignments.Write(writer, result, model, cancellationToken);
                exclusions = all;
            }
            else
            {
                BuildCsv.WriteAssignments(writer, result, model, cancellationToken);
            }
        }

        Next("personas.json");
        output.WriteText("personas.json", PersonasDocument.ToJson(result, run, journeys));
        Next("exclusions.csv");
        using (var writer = output.CreateText("exclusions.csv"))
        {
            BuildCsv.WriteExclusions(writer, exclusions);
        }

        Next("cards.md");
        output.WriteText("cards.md", CardRenderer.ToMarkdown(result.Personas, info));
        Next("report.html");
        var page = CardRenderer.ToHtml(result.Personas, info);
        if (options.Charts is not null)
        {
            page = options.Charts.AddTo(page, new ReportContent(result, journeys, options.Drift));
        }

        output.WriteText("report.html", page);
        if (options.Drift is { } drift)
        {
            Next("drift.json");
            output.WriteText("drift.json", DriftWriter.ToJson(drift));
            output.WriteText("drift.md", DriftWriter.ToMarkdown(drift, Words.Wording.Of(result.Personas)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        options.Progress?.Report(new PersonasProgress("writing outputs", 1));
    }

    /// <summary>What the cards' header and footer say about the run.</summary>
    public static ReportInfo ReportInfoFor(PersonaBuildResult result, BuildRunInfo run, JourneyMap? journeys) => new()
    {
        DataFile = result.Table.Source,
        RowsRead = result.Table.RowsRead,
        RowsUsed = (int)Math.Min(int.MaxValue, result.Table.RowsUsed),
        RowsExcluded = result.Table.Exclusions.Count,
        CustomersFromRows = result.Table.RowsUsed == result.Table.RowCount ? null : result.Table.RowCount,
        K = result.Segmentation.K,
        KReason = result.Segmentation.KSelection.Reason,
        Seed = result.Segmentation.Seed,
        LibraryVersion = PersonasInfo.Version,
        CreatedAt = run.CreatedAt,
        Warnings = [.. result.Segmentation.Quality.Warnings.Concat(result.Segmentation.Warnings).Distinct(StringComparer.Ordinal)],
        Silhouette = result.Segmentation.Quality.Silhouette,
        Stability = result.Segmentation.Quality.Stability,
        PersonaJourneys = journeys is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : result.Personas.Personas.ToDictionary(p => p.Id, p => PersonaJourneyLines.For(journeys, p.Id, p.Name, result.Personas.Language), StringComparer.Ordinal),
        JourneyCounting = journeys?.Counting,
        Sample = result.Sample,
    };

}
