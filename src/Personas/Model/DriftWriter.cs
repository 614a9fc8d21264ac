using Personas.Json;

namespace Personas.Model;

/// <summary>
/// Writes a <see cref="DriftReport"/> as <c>drift.json</c> (stable field names and order, see
/// <c>schemas/drift.schema.json</c>) and as <c>drift.md</c> (Markdown for people; every name from the data is escaped).
/// </summary>
public static class DriftWriter
{
    /// <summary>The report as indented JSON (UTF-8 text, LF line ends, a final newline).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Migration;
        return OutputJson.Serialize(
            new DriftFileJson
            {
                PreviousModel = new DriftModelJson
                {
                    File = report.PreviousModel.File,
                    Checksum = report.PreviousModel.Checksum,
                    CreatedAt = OutputJson.RoundTrip(report.PreviousModel.CreatedAt),
                    TrainingRows = report.PreviousModel.TrainingRows,
                },
                MatchThreshold = report.MatchThreshold,
                Matches = [.. report.Matches.Select(x => new DriftMatchJson { PreviousId = x.PreviousId, CurrentId = x.CurrentId, Distance = x.Distance })],
                Born = report.Born,
                Retired = report.Retired,
                Split = [.. report.Split.Select(x => new DriftSplitJson { PreviousId = x.PreviousId, Into = x.Into })],
                Merged = [.. report.Merged.Select(x => new DriftMergeJson { From = x.From, CurrentId = x.CurrentId })],
                Personas = [.. report.Personas.Select(Persona)],
                Migration = new DriftMigrationJson
                {
                    Basis = m.Basis,
                    CustomersInBoth = m.CustomersInBoth,
                    ChangedShare = m.ChangedShare,
                    Matrix = m.Matrix
                        .OrderBy(kv => kv.Key, PersonaIdComparer.Instance)
                        .ToDictionary(
                            kv => kv.Key,
                            kv => (IReadOnlyDictionary<string, int>)kv.Value.OrderBy(c => c.Key, PersonaIdComparer.Instance).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
                            StringComparer.Ordinal),
                },
                PreviousPeriod = report.PreviousPeriod,
                CurrentPeriod = report.CurrentPeriod,
            },
            OutputJson.Context.DriftFileJson);
    }

    /// <summary>The report as Markdown: a summary, a table per persona, trait shifts and the migration matrix.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DriftMarkdown.Render(report, Words.Wording.Default);
    }

    /// <summary>The report as Markdown in the personas' language, with the data dictionary's labels and units.</summary>
    internal static string ToMarkdown(DriftReport report, Words.Wording words) => DriftMarkdown.Render(report, words);

    private static string MeasureName(Features.FeatureMeasure m) => m switch
    {
        Features.FeatureMeasure.TypicalValue => "typicalValue",
        Features.FeatureMeasure.Share => "share",
        Features.FeatureMeasure.MissingShare => "missingShare",
        _ => "mean",
    };

    private static DriftPersonaJson Persona(DriftPersona p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Status = p.Status,
        PreviousSize = p.PreviousSize,
        CurrentSize = p.CurrentSize,
        PreviousShare = OutputJson.Number(p.PreviousShare),
        CurrentShare = OutputJson.Number(p.CurrentShare),
        CentroidMovement = OutputJson.Number(p.CentroidMovement),
        TraitShifts = [.. p.TraitShifts.Select(t => new TraitShiftJson
        {
            Feature = t.Feature,
            PreviousMean = t.PreviousMean,
            CurrentMean = t.CurrentMean,
            EffectSize = t.EffectSize,
            Column = t.Column,
            Level = t.Level,
            Measure = MeasureName(t.Measure),
            PreviousValue = t.PreviousValue,
            CurrentValue = t.CurrentValue,
        })],
    };
}
