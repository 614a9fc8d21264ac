using Personas.Journeys;
using Personas.Json;
using Personas.Segmentation;

namespace Personas.Reporting;

/// <summary>
/// Writes <c>personas.json</c>, the machine-readable result of a build (schema: <c>schemas/personas.schema.json</c>).
/// Top-level fields, stable: <c>schemaVersion, libraryVersion, createdAt, source, seed, k, kSelection, quality,
/// columns, decisions, reproducibility, personas</c>. <c>source</c> reconciles: <c>rowsRead = rowsUsed + rowsExcluded</c>
/// (input rows: transaction lines for a transaction file), and <c>customers</c> is the number of customers profiled.
/// Deterministic for the same inputs, options, seed and clock.
/// </summary>
internal static class PersonasDocument
{
    /// <summary>The version of the personas.json layout.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Renders the document as JSON text with a final newline.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="run">Inputs, options and time of the run.</param>
    /// <param name="journeys">The personas' journeys, or null without touchpoint events.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(PersonaBuildResult result, BuildRunInfo run, JourneyMap? journeys = null) =>
        OutputJson.Serialize(ToDocument(result, run, journeys), OutputJson.Context.PersonasFileJson);

    /// <summary>The document object.</summary>
    public static PersonasFileJson ToDocument(PersonaBuildResult result, BuildRunInfo run, JourneyMap? journeys)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(run);
        var table = result.Table;
        var seg = result.Segmentation;
        var q = seg.Quality;
        return new PersonasFileJson
        {
            SchemaVersion = SchemaVersion,
            LibraryVersion = PersonasInfo.Version,
            CreatedAt = OutputJson.Seconds(run.CreatedAt),
            Source = new SourceJson
            {
                File = table.Source,
                RowsRead = table.RowsRead,
                RowsUsed = table.RowsUsed,
                RowsExcluded = table.Exclusions.Count,
                Customers = table.RowCount,
            },
            Seed = seg.Seed,
            K = seg.K,
            KSelection = KSelection(seg.KSelection),
            Quality = new QualityJson
            {
                Silhouette = OutputJson.Rounded(q.Silhouette),
                Stability = OutputJson.Rounded(q.Stability),
                DaviesBouldin = OutputJson.Rounded(q.DaviesBouldin),
                CalinskiHarabasz = OutputJson.Rounded(q.CalinskiHarabasz),
                Inertia = OutputJson.Rounded(q.Inertia),
                Warnings = [.. q.Warnings.Concat(seg.Warnings).Distinct(StringComparer.Ordinal)],
            },
            Columns = [.. table.Columns.Select(c => new ColumnJson { Name = c.Name, Role = c.Role.ToString().ToLowerInvariant(), Reason = c.Reason, Use = Use(result, c.Name) })],
            Outcomes =
            [
                .. result.Personas.Outcomes.Select(o => new OutcomeJson
                {
                    Column = o.Outcome,
                    Level = o.Level,
                    Measure = o.IsRate ? "rate" : "mean",
                    AfterOutcome = o.IsLeakage,
                    Overall = OutputJson.Number(o.Overall),
                    Customers = o.Count,
                    Reason = o.Reason,
                }),
            ],
            Value = new ValueColumnJson { Columns = result.Personas.ValueColumns, Reason = result.Personas.ValueReason },
            Decisions = result.Decisions,
            Warnings = [.. q.Warnings.Concat(result.Warnings).Distinct(StringComparer.Ordinal)],
            DataQuality =
            [
                .. result.DataQuality.Select(d => new DataQualityJson
                {
                    Kind = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.Kind.ToString()),
                    Column = d.Column,
                    Count = d.Count,
                    Description = d.Description,
                }),
            ],
            Reproducibility = new ReproducibilityJson
            {
                Inputs = [.. run.Inputs.Select(InputFile)],
                Options = OutputJson.Sorted(run.Options, v => v),
                Seed = seg.Seed,
                Engine = seg.Engine.ToString().ToLowerInvariant(),
                LibraryVersion = PersonasInfo.Version,
            },
            Personas = PersonaJson.Personas(result.Personas, journeys),
            Sample = result.Sample is { } sample ? Sample(sample) : null,
        };
    }

    private static SampleJson Sample(SampleInfo s) => new()
    {
        Requested = s.Options.Size,
        Size = s.Size,
        RowsTotal = s.RowsTotal,
        Method = s.Options.By is null ? "uniform" : "stratified",
        By = s.Options.By,
        Seed = s.Options.Seed,
        Selection = SampleInfo.Selection,
        Statistics = SampleInfo.Statistics,
        Strata = [.. s.Strata.Select(x => new SampleStratumJson { Value = x.Value, Rows = x.Rows, Sampled = x.Sampled })],
        AllRows = s.AllRows is not { } all ? null : new SampleAllRowsJson
        {
            Assigned = all.Assigned,
            Excluded = all.Excluded,
            Personas =
            [
                .. all.PersonaIds.Select((id, p) => new SamplePersonaJson
                {
                    Id = id,
                    Size = all.Sizes[p],
                    Share = all.Assigned > 0 ? OutputJson.Rounded((double)all.Sizes[p] / all.Assigned) : null,
                    Means = [.. all.Columns.Select((c, j) => new SampleMeanJson { Column = c, Mean = OutputJson.Number(all.Means[p][j]) })],
                }),
            ],
        },
    };

    /// <summary>How a column is used: <c>feature</c>, <c>outcome</c>, <c>afterOutcome</c>, <c>describeOnly</c> or <c>notUsed</c>.</summary>
    private static string Use(PersonaBuildResult result, string column)
    {
        var plan = result.Plan;
        if (plan.Outcomes.FirstOrDefault(o => o.Name == column) is { } o)
        {
            return o.IsLeakage ? "afterOutcome" : "outcome";
        }

        return plan.SourceColumns.Contains(column, StringComparer.Ordinal) ? "feature"
            : plan.DescribeOnly.Contains(column, StringComparer.Ordinal) ? "describeOnly"
            : "notUsed";
    }

    /// <summary>An input file's identity.</summary>
    internal static InputFileJson InputFile(InputFileInfo f) => new() { File = f.File, Bytes = f.Bytes, Sha256 = f.Sha256, Query = f.Query };

    private static KSelectionJson KSelection(KSelectionReport ks) => new()
    {
        Auto = ks.Auto,
        ChosenK = ks.ChosenK,
        Rule = ks.Rule,
        Reason = ks.Reason,
        Scores =
        [
            .. ks.Scores.Select(s => new KScoreJson
            {
                K = s.K,
                Inertia = OutputJson.Rounded(s.Inertia),
                Silhouette = OutputJson.Rounded(s.Silhouette),
                SilhouetteSampleSize = s.SilhouetteSampleSize,
                CalinskiHarabasz = OutputJson.Rounded(s.CalinskiHarabasz),
                DaviesBouldin = OutputJson.Rounded(s.DaviesBouldin),
                Stability = OutputJson.Rounded(s.Stability),
                SmallestShare = OutputJson.Rounded(s.SmallestShare),
                SmallestSize = s.SmallestSize,
                SilhouetteNoise = OutputJson.Rounded(s.SilhouetteNoise),
            }),
        ],
        RunnerUpK = ks.RunnerUpK,
        RunnerUpReason = ks.RunnerUpReason,
        MinPersonaSize = ks.MinClusterSize,
    };
}
