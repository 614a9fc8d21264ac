using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>personas.json: how the personas were made and, per persona, what distinguishes it.</summary>
[Description("The personas built by `personas build`: how they were made (source, seed, choice of k, quality, column roles, decisions) and, per persona, its size, value, representative profile, distinguishing traits with evidence, narrative, quality and warnings. Describes groups, never individual customers.")]
internal sealed class PersonasFileJson
{
    [Description("The version of this layout.")]
    [SchemaConst("1.0")]
    public required string SchemaVersion { get; init; }

    [Description("The Personas library version that wrote the file.")]
    public required string LibraryVersion { get; init; }

    [Description("When the file was written (ISO 8601 with offset; injected, so reruns can match byte for byte).")]
    [SchemaFormat("date-time")]
    public required string CreatedAt { get; init; }

    [Description("The input and how its rows were used: rowsRead = rowsUsed + rowsExcluded.")]
    public required SourceJson Source { get; init; }

    [Description("The random seed: same data + options + seed = the same file.")]
    public required int Seed { get; init; }

    [Description("The number of personas.")]
    [SchemaMinimum(1)]
    public required int K { get; init; }

    [Description("How k was chosen, with every candidate k's scores.")]
    public required KSelectionJson KSelection { get; init; }

    [Description("Quality of the whole segmentation and warnings where the structure is weak.")]
    public required QualityJson Quality { get; init; }

    [Description("Every input column, its inferred role, how it is used (clustered on, an outcome, described only...) and why.")]
    public required IReadOnlyList<ColumnJson> Columns { get; init; }

    [Description("The outcomes (response, churn, conversion; columns known only after them) measured on every persona as KPIs instead of clustered on, with their overall rate or mean and why each is an outcome.")]
    public required IReadOnlyList<OutcomeJson> Outcomes { get; init; }

    [Description("The value column (or the columns summed into it) used for value shares, and how it was chosen or why there is none.")]
    public required ValueColumnJson Value { get; init; }

    [Description("Every automatic decision with its reason, in plain words: how the data was read (roles, codes, dates), what the features are (outcomes, sentinels, transforms, clipped values, merged levels, weights), how k was chosen and how the personas were profiled.")]
    public required IReadOnlyList<string> Decisions { get; init; }

    [Description("Every warning of the build (k fallback or at the edge of the range, weak structure, tiny groups, a column that alone drives the split), in plain words.")]
    public required IReadOnlyList<string> Warnings { get; init; }

    [Description("Data-quality findings with counts (duplicate rows, near-duplicate ids, implausible values): reported, not clustered on as personas of their own.")]
    public required IReadOnlyList<DataQualityJson> DataQuality { get; init; }

    [Description("What is needed to reproduce the run: input files with their SHA-256, options, seed, engine and library version.")]
    public required ReproducibilityJson Reproducibility { get; init; }

    [Description("The personas, in id order.")]
    public required IReadOnlyList<PersonaEntryJson> Personas { get; init; }

    [Description("Present when the build was trained on a sample (--sample N): the draw, and the persona sizes and column means over every assigned row.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SampleJson? Sample { get; init; }
}

/// <summary>A build trained on a sample.</summary>
internal sealed class SampleJson
{
    [Description("The rows asked for (--sample N).")]
    [SchemaMinimum(1)]
    public required long Requested { get; init; }

    [Description("The rows drawn (input records, before the reader's exclusions); equals rowsTotal when the input has no more rows than asked.")]
    public required long Size { get; init; }

    [Description("The input's records in total.")]
    public required long RowsTotal { get; init; }

    [Description("uniform or stratified.")]
    [SchemaEnum("uniform", "stratified")]
    public required string Method { get; init; }

    [Description("The stratifying column (--sample-by), or null for a uniform sample.")]
    public required string? By { get; init; }

    [Description("The seed of the draw.")]
    public required int Seed { get; init; }

    [Description("How the rows are drawn, in words.")]
    public required string Selection { get; init; }

    [Description("Which statistics are over every assigned row and which over the sample.")]
    public required string Statistics { get; init; }

    [Description("Per value of the stratifying column (one entry '(all rows)' for a uniform sample): its records and draws.")]
    public required IReadOnlyList<SampleStratumJson> Strata { get; init; }

    [Description("Every input row assigned with the model in one streaming pass; null when the sample holds every row (then personas[] is over all rows).")]
    public required SampleAllRowsJson? AllRows { get; init; }
}

/// <summary>A value of the stratifying column.</summary>
internal sealed class SampleStratumJson
{
    [Description("The value ('(missing)' for empty cells).")]
    public required string Value { get; init; }

    [Description("Records with the value in the input.")]
    public required long Rows { get; init; }

    [Description("Records with the value in the sample.")]
    public required long Sampled { get; init; }
}

/// <summary>Totals over every assigned row.</summary>
internal sealed class SampleAllRowsJson
{
    [Description("Rows assigned to a persona (the rows of assignments.csv).")]
    public required long Assigned { get; init; }

    [Description("Rows excluded (the rows of exclusions.csv).")]
    public required long Excluded { get; init; }

    [Description("Per persona: its rows and share over every assigned row, and the mean of each numeric column over them.")]
    public required IReadOnlyList<SamplePersonaJson> Personas { get; init; }
}

/// <summary>A persona over every assigned row.</summary>
internal sealed class SamplePersonaJson
{
    [Description("The persona id.")]
    public required string Id { get; init; }

    [Description("Rows assigned to the persona.")]
    public required long Size { get; init; }

    [Description("Size / assigned.")]
    public required double? Share { get; init; }

    [Description("Per numeric column, the mean over the persona's rows that hold a number (null when none).")]
    public required IReadOnlyList<SampleMeanJson> Means { get; init; }
}

/// <summary>A column mean over all rows of a persona.</summary>
internal sealed class SampleMeanJson
{
    [Description("The column.")]
    public required string Column { get; init; }

    [Description("The mean, or null.")]
    public required double? Mean { get; init; }
}

/// <summary>The input file and row accounting.</summary>
internal sealed class SourceJson
{
    [Description("The input file name.")]
    public required string File { get; init; }

    [Description("Input rows read (order lines for a transaction file).")]
    [SchemaMinimum(0)]
    public required long RowsRead { get; init; }

    [Description("Input rows used.")]
    [SchemaMinimum(0)]
    public required long RowsUsed { get; init; }

    [Description("Input rows excluded (listed in exclusions.csv with line and reason).")]
    [SchemaMinimum(0)]
    public required long RowsExcluded { get; init; }

    [Description("The number of customers profiled (equals rowsUsed for a customer file; fewer for a transaction file, whose rows are order lines).")]
    [SchemaMinimum(0)]
    public required int Customers { get; init; }
}

/// <summary>How k was chosen.</summary>
internal sealed class KSelectionJson
{
    [Description("True when k was chosen from the data (--k auto).")]
    public required bool Auto { get; init; }

    [Description("The chosen k.")]
    [SchemaMinimum(1)]
    public required int ChosenK { get; init; }

    [Description("The rule that chose k.")]
    public required string Rule { get; init; }

    [Description("Why this k, in plain words.")]
    public required string Reason { get; init; }

    [Description("Every candidate k's scores.")]
    public required IReadOnlyList<KScoreJson> Scores { get; init; }

    [Description("The k that came closest to being chosen, or null when one k was tried.")]
    public required int? RunnerUpK { get; init; }

    [Description("Why the runner-up k lost, in plain words, or null.")]
    public required string? RunnerUpReason { get; init; }

    [Description("The fewest customers a persona needed for its k to qualify (max of 3% and the card's minimum persona size), or 0 when k was given.")]
    [SchemaMinimum(0)]
    public required int MinPersonaSize { get; init; }
}

/// <summary>One candidate k's scores.</summary>
internal sealed class KScoreJson
{
    [SchemaMinimum(1)]
    public required int K { get; init; }

    [Description("Within-persona sum of squared distances.")]
    public required double? Inertia { get; init; }

    [Description("Mean silhouette (-1..1; higher = better separated).")]
    public required double? Silhouette { get; init; }

    [Description("Customers the silhouette was computed on (a seeded sample for large data), or null for all.")]
    public required int? SilhouetteSampleSize { get; init; }

    [Description("Calinski-Harabasz index (higher = better).")]
    public required double? CalinskiHarabasz { get; init; }

    [Description("Davies-Bouldin index (lower = better).")]
    public required double? DaviesBouldin { get; init; }

    [Description("Bootstrap stability (mean adjusted Rand index between refits; 1 = always the same personas).")]
    public required double? Stability { get; init; }

    [Description("The smallest persona's share of customers.")]
    public required double? SmallestShare { get; init; }

    [Description("The customers in the smallest persona.")]
    [SchemaMinimum(0)]
    public required int SmallestSize { get; init; }

    [Description("The bootstrap standard error of the silhouette (its noise); silhouettes within two of these of each other count as equal, and the smaller k is preferred.")]
    public required double? SilhouetteNoise { get; init; }
}

/// <summary>Segmentation quality.</summary>
internal sealed class QualityJson
{
    public required double? Silhouette { get; init; }

    public required double? Stability { get; init; }

    public required double? DaviesBouldin { get; init; }

    public required double? CalinskiHarabasz { get; init; }

    public required double? Inertia { get; init; }

    [Description("Warnings where the structure is weak, in plain words.")]
    public required IReadOnlyList<string> Warnings { get; init; }
}

/// <summary>An input column's role.</summary>
internal sealed class ColumnJson
{
    public required string Name { get; init; }

    [Description("The inferred role (id, numeric, categorical, boolean, date, text, constant, ignored...).")]
    public required string Role { get; init; }

    [Description("Why the column got this role.")]
    public required string Reason { get; init; }

    [Description("How the column is used: feature (clustered on), outcome (a KPI on every card), afterOutcome (known only after the outcome, a KPI), describeOnly (on the cards, not clustered on) or notUsed.")]
    [SchemaEnum("feature", "outcome", "afterOutcome", "describeOnly", "notUsed")]
    public required string Use { get; init; }
}

/// <summary>An outcome over all customers.</summary>
internal sealed class OutcomeJson
{
    [Description("The outcome column.")]
    public required string Column { get; init; }

    [Description("The level counted for a rate (yes for a yes/no column), or null for a mean.")]
    public required string? Level { get; init; }

    [Description("rate (share of customers with the outcome) or mean.")]
    [SchemaEnum("rate", "mean")]
    public required string Measure { get; init; }

    [Description("True when the column is known only after the outcome (a call's duration).")]
    public required bool AfterOutcome { get; init; }

    [Description("The rate (0..1) or mean over all customers with a value.")]
    public required double? Overall { get; init; }

    [Description("The customers with a value.")]
    [SchemaMinimum(0)]
    public required int Customers { get; init; }

    [Description("Why the column is an outcome.")]
    public required string Reason { get; init; }
}

/// <summary>The value column.</summary>
internal sealed class ValueColumnJson
{
    [Description("The columns summed into the value (one for a single column); empty when there is none.")]
    public required IReadOnlyList<string> Columns { get; init; }

    [Description("How it was chosen, or why there is none.")]
    public required string Reason { get; init; }
}

/// <summary>A data-quality finding.</summary>
internal sealed class DataQualityJson
{
    [SchemaEnum("duplicateRows", "nearDuplicateIds", "implausibleValues")]
    public required string Kind { get; init; }

    [Description("The column concerned, or null for whole rows.")]
    public required string? Column { get; init; }

    [Description("How many rows, ids or values.")]
    [SchemaMinimum(0)]
    public required int Count { get; init; }

    public required string Description { get; init; }
}

/// <summary>What reproduces a run.</summary>
internal sealed class ReproducibilityJson
{
    public required IReadOnlyList<InputFileJson> Inputs { get; init; }

    [Description("The options as given on the command line (name -> value), without the output folder, --threads and --verbose, which cannot change results.")]
    public required IReadOnlyDictionary<string, string> Options { get; init; }

    public required int Seed { get; init; }

    [Description("The k-means engine (native or mlnet).")]
    public required string Engine { get; init; }

    public required string LibraryVersion { get; init; }
}

/// <summary>An input file and its hash.</summary>
internal sealed class InputFileJson
{
    public required string File { get; init; }

    [SchemaMinimum(0)]
    public required long Bytes { get; init; }

    [SchemaPattern("^[0-9a-f]{64}$")]
    public required string Sha256 { get; init; }

    [Description("For rows that came from a SQL query (--sql): the query's text; file then names what it ran against and sha256 hashes the text.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Query { get; init; }
}
