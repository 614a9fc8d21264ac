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
}

/// <summary>How one input column becomes features.</summary>
internal sealed class PlannedColumnJson
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    [SchemaEnum("numeric", "categorical")]
    public required string Kind { get; init; }

    [Description("The value missing cells are imputed with (the training median), or null for a categorical column.")]
    public required double? ImputeValue { get; init; }

    [SchemaMinimum(0)]
    public required int MissingCount { get; init; }

    public required bool MissingIndicator { get; init; }

    public required bool Log1p { get; init; }

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
