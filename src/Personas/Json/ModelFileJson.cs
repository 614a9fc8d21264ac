using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>model.persona.json: the saved persona model.</summary>
[Description("A saved persona model: the feature plan that turns a customer record into features, the persona centroids with ids and names, and how it was trained. `personas assign` and `personas refresh` read it; apps load it with PersonaModel.Load.")]
internal sealed class ModelFileJson
{
    [SchemaConst("personas.model")]
    public required string Format { get; init; }

    [Description("The version of the model layout.")]
    [SchemaMinimum(1)]
    public required int SchemaVersion { get; init; }

    public required string LibraryVersion { get; init; }

    [SchemaFormat("date-time")]
    public required string CreatedAt { get; init; }

    [Description("The data the model was trained on: source, rows, columns, content hash, seed, options and input files.")]
    public required TrainingJson Training { get; init; }

    public required FeaturePlanJson FeaturePlan { get; init; }

    public required ModelQualityJson Quality { get; init; }

    [Description("The number the next new persona gets (P<n>); ids are never reused.")]
    [SchemaMinimum(1)]
    public required int NextPersonaNumber { get; init; }

    public required IReadOnlyList<ModelPersonaJson> Personas { get; init; }

    [Description("SHA-256 of the file written without this field: detects accidental damage (truncation, a hand edit gone wrong), not tampering, since anyone can recompute it.")]
    [SchemaPattern("^sha256:[0-9a-f]{64}$")]
    [SchemaRequired]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Checksum { get; init; }
}

/// <summary>How the model was trained.</summary>
internal sealed class TrainingJson
{
    public required string Source { get; init; }

    [SchemaMinimum(0)]
    public required int Rows { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public required string ContentHash { get; init; }

    public required int? Seed { get; init; }

    public required IReadOnlyDictionary<string, string> Options { get; init; }

    public required IReadOnlyList<InputFileJson> Inputs { get; init; }
}

/// <summary>The stored feature plan.</summary>
internal sealed class FeaturePlanJson
{
    public required FeaturePlanOptionsJson Options { get; init; }

    [Description("Columns that record an outcome (or are known only after it): not features, profiled as KPIs on every card (schema version 2; absent in version 1).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OutcomeColumnJson>? Outcomes { get; init; }

    [Description("Columns profiled on the cards but not clustered on (schema version 2).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DescribeOnly { get; init; }

    public required IReadOnlyList<string> Decisions { get; init; }

    [Description("The name of each feature (centroid coordinate), in order.")]
    public required IReadOnlyList<string> FeatureNames { get; init; }

    public required IReadOnlyList<PlannedColumnJson> Columns { get; init; }
}

/// <summary>The feature options the plan was learned with.</summary>
internal sealed class FeaturePlanOptionsJson
{
    [SchemaEnum("zscore", "robust", "none")]
    public required string Scaling { get; init; }

    public required bool AutoLog { get; init; }

    public required double SkewnessThreshold { get; init; }

    public required double MissingIndicatorThreshold { get; init; }

    public required IReadOnlyDictionary<string, double>? Weights { get; init; }

    public required IReadOnlyList<string>? Columns { get; init; }

    public required IReadOnlyList<string>? Exclude { get; init; }

    // Schema version 2 (absent in version 1 files, which have none of these transforms).
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DetectOutcomes { get; init; }

    [Description("Outcome columns given by the user, sorted.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Outcomes { get; init; }

    [Description("Columns forced to be features, sorted.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ForcedFeatures { get; init; }

    [Description("Describe-only columns given by the user, sorted.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? DescribeOnly { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DetectSentinels { get; init; }

    [Description("Sentinel values given by the user, by column.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Sentinels { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ClipImplausible { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? MergeRepeatedLevels { get; init; }

    [Description("Yes/no features rarer than this share are weighted as if this share held them (0: off).")]
    [SchemaMinimum(0)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? RareFlagShare { get; init; }
}

/// <summary>How one input column becomes features.</summary>
internal sealed class PlannedColumnJson
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    [Description("numeric: one feature (plus a missing indicator); categorical: one feature per level; indicator: one 0/1 feature set when any of its sources holds (one fact recorded in several columns; schema version 2).")]
    [SchemaEnum("numeric", "categorical", "indicator")]
    public required string Kind { get; init; }

    [Description("The value missing cells are imputed with (the training median), or null for a categorical column.")]
    public required double? ImputeValue { get; init; }

    [SchemaMinimum(0)]
    public required int MissingCount { get; init; }

    public required bool MissingIndicator { get; init; }

    public required bool Log1p { get; init; }

    [Description("sign(x)·log1p(|x|) after imputation: a skewed column with negative values (schema version 2).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SignedLog { get; init; }

    [Description("A value meaning missing or not applicable (for example -1): encoded at the centre and counted in the missing indicator; absent when none.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Sentinel { get; init; }

    [Description("A value encoded at the centre because a merged indicator carries it; absent when none.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? NeutralValue { get; init; }

    [Description("Values below are clipped to it (implausible values); absent when not clipped.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LowerBound { get; init; }

    [Description("Values above are clipped to it (implausible values); absent when not clipped.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? UpperBound { get; init; }

    [Description("Levels encoded at the block's centre because a merged indicator carries them (schema version 2).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? NeutralLevels { get; init; }

    [Description("For an indicator: the conditions, any of which sets it to 1 (schema version 2).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IndicatorSourceJson>? Sources { get; init; }

    public required double Center { get; init; }

    public required double Scale { get; init; }

    public required double IndicatorCenter { get; init; }

    public required double IndicatorScale { get; init; }

    public required IReadOnlyList<string> Levels { get; init; }

    public required IReadOnlyList<double> LevelShares { get; init; }

    public required double Weight { get; init; }

    [SchemaMinimum(0)]
    public required int FirstFeature { get; init; }

    public required IReadOnlyList<string> FeatureNames { get; init; }
}

/// <summary>An outcome column of the plan.</summary>
internal sealed class OutcomeColumnJson
{
    public required string Name { get; init; }

    [Description("A yes/no outcome shown as a rate (else a number shown as a mean).")]
    public required bool IsBinary { get; init; }

    [Description("The level counted for a rate, or null.")]
    public required string? PositiveLevel { get; init; }

    [Description("Known only after the outcome (a call's duration).")]
    public required bool IsLeakage { get; init; }

    public required string Reason { get; init; }
}

/// <summary>One condition of a merged indicator: a level of a categorical column, or a value of a numeric or yes/no column.</summary>
internal sealed class IndicatorSourceJson
{
    public required string Column { get; init; }

    public required string? Level { get; init; }

    public required double? Value { get; init; }
}

/// <summary>The model's segmentation quality.</summary>
internal sealed class ModelQualityJson
{
    public required double? Silhouette { get; init; }

    public required double? Stability { get; init; }

    public required double? DaviesBouldin { get; init; }

    public required double? CalinskiHarabasz { get; init; }

    public required double? Inertia { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}

/// <summary>A persona of the model.</summary>
internal sealed class ModelPersonaJson
{
    [SchemaPattern("^P[0-9]+$")]
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Tagline { get; init; }

    [Description("Your name and tagline for the persona (kept by every refresh), or null.")]
    public required ModelOverridesJson Overrides { get; init; }

    [SchemaMinimum(0)]
    public required int Size { get; init; }

    public required double Share { get; init; }

    public required double? Silhouette { get; init; }

    public required double? Stability { get; init; }

    [Description("A customer farther than this from the centroid is an outlier (the 99th percentile of the persona's training customers).")]
    public required float OutlierDistance { get; init; }

    [Description("The centroid in feature space (featurePlan.featureNames order).")]
    public required IReadOnlyList<float> Centroid { get; init; }

    [Description("The per-feature standard deviation of the persona's customers.")]
    public required IReadOnlyList<float> Spread { get; init; }
}

/// <summary>A persona's overrides.</summary>
internal sealed class ModelOverridesJson
{
    public required string? Name { get; init; }

    public required string? Tagline { get; init; }
}
