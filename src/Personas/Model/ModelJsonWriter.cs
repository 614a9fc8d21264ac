using System.Security.Cryptography;
using System.Text.Json;
using Personas.Data;
using Personas.Features;
using Personas.Json;

namespace Personas.Model;

/// <summary>
/// Writes a model file: fixed key order, two-space indentation, LF line ends, numbers in their shortest round-trip
/// form. The checksum is the SHA-256 of the same document written without its <c>checksum</c> field (the canonical
/// content), so a loader can recompute it from the values it read.
/// </summary>
internal static class ModelJsonWriter
{
    /// <summary>The complete file content, checksum included, with a final newline.</summary>
    public static byte[] ToUtf8(PersonaModel model) => Write(model, model.Checksum, PersonaModel.CurrentSchemaVersion);

    /// <summary>The checksum of the model's canonical content in a schema version's layout (a version 1 file is checked in its own layout).</summary>
    public static string ComputeChecksum(PersonaModel model, int version = PersonaModel.CurrentSchemaVersion) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Write(model, checksum: null, version)));

    private static byte[] Write(PersonaModel model, string? checksum, int version) => OutputJson.SerializeToUtf8(
        new ModelFileJson
        {
            Format = PersonaModel.FormatName,
            SchemaVersion = version,
            LibraryVersion = model.LibraryVersion,
            CreatedAt = OutputJson.RoundTrip(model.CreatedAt),
            Training = Training(model.Training),
            FeaturePlan = Plan(model.Plan, version >= 2),
            Quality = Quality(model.Quality),
            NextPersonaNumber = model.NextPersonaNumber,
            Personas = [.. model.Personas.Select(Persona)],
            Checksum = checksum,
        },
        OutputJson.Context.ModelFileJson);

    private static TrainingJson Training(DataFingerprint t) => new()
    {
        Source = t.Source,
        Rows = t.Rows,
        Columns = t.Columns,
        ContentHash = t.ContentHash,
        Seed = t.Seed,
        Options = OutputJson.Sorted(t.Options, v => v),
        Inputs = [.. t.Inputs.Select(Reporting.PersonasDocument.InputFile)],
    };

    /// <summary>The plan; <paramref name="v2"/> false writes the version 1 layout (none of the later fields).</summary>
    private static FeaturePlanJson Plan(FeaturePlan plan, bool v2)
    {
        var o = plan.Options;
        return new FeaturePlanJson
        {
            Options = new FeaturePlanOptionsJson
            {
                Scaling = ScalingName(o.Scaling),
                AutoLog = o.AutoLog,
                SkewnessThreshold = o.SkewnessThreshold,
                MissingIndicatorThreshold = o.MissingIndicatorThreshold,
                Weights = o.Weights is null ? null : OutputJson.Sorted(o.Weights, w => w),

                // Column sets may be hash sets (enumeration order varies between processes): written sorted, so files are stable.
                Columns = o.Columns?.Order(StringComparer.Ordinal).ToArray(),
                Exclude = o.Exclude?.Order(StringComparer.Ordinal).ToArray(),
                DetectOutcomes = v2 ? o.DetectOutcomes : null,
                Outcomes = v2 ? Sorted(o.Outcomes) : null,
                ForcedFeatures = v2 ? Sorted(o.ForcedFeatures) : null,
                DescribeOnly = v2 ? Sorted(o.DescribeOnly) : null,
                DetectSentinels = v2 ? o.DetectSentinels : null,
                Sentinels = v2 ? OutputJson.Sorted(o.Sentinels ?? new Dictionary<string, double>(), v => v) : null,
                ClipImplausible = v2 ? o.ClipImplausible : null,
                MergeRepeatedLevels = v2 ? o.MergeRepeatedLevels : null,
                RareFlagShare = v2 ? o.RareFlagShare : null,
            },
            Outcomes = v2 ? [.. plan.Outcomes.Select(x => new OutcomeColumnJson { Name = x.Name, IsBinary = x.IsBinary, PositiveLevel = x.PositiveLevel, IsLeakage = x.IsLeakage, Reason = x.Reason })] : null,
            DescribeOnly = v2 ? plan.DescribeOnly : null,
            Decisions = plan.Decisions,
            FeatureNames = plan.FeatureNames,
            Columns =
            [
                .. plan.Columns.Select(c => new PlannedColumnJson
                {
                    Name = c.Name,
                    Role = RoleName(c.Role),
                    Kind = KindName(c.Kind),
                    ImputeValue = OutputJson.Number(c.ImputeValue),
                    MissingCount = c.MissingCount,
                    MissingIndicator = c.MissingIndicator,
                    Log1p = c.Log1p,
                    SignedLog = v2 ? c.SignedLog : null,
                    Sentinel = c.Sentinel,
                    NeutralValue = c.NeutralValue,
                    LowerBound = OutputJson.Number(c.LowerBound),
                    UpperBound = OutputJson.Number(c.UpperBound),
                    NeutralLevels = v2 ? c.NeutralLevels : null,
                    Sources = v2 ? [.. c.Sources.Select(x => new IndicatorSourceJson { Column = x.Column, Level = x.Level, Value = x.Value })] : null,
                    Center = c.Center,
                    Scale = c.Scale,
                    IndicatorCenter = c.IndicatorCenter,
                    IndicatorScale = c.IndicatorScale,
                    Levels = c.Levels,
                    LevelShares = c.LevelShares,
                    Weight = c.Weight,
                    FirstFeature = c.FirstFeature,
                    FeatureNames = c.FeatureNames,
                }),
            ],
        };
    }

    private static string[] Sorted(IReadOnlyCollection<string>? names) => names?.Order(StringComparer.Ordinal).ToArray() ?? [];

    /// <summary>The JSON name of a feature kind: <c>numeric</c>, <c>categorical</c> or <c>indicator</c>.</summary>
    internal static string KindName(FeatureKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The JSON name of a scaling method: <c>zscore</c>, <c>robust</c> or <c>none</c>.</summary>
    internal static string ScalingName(ScalingMethod scaling) => scaling.ToString().ToLowerInvariant();

    private static ModelQualityJson Quality(ModelQuality q) => new()
    {
        Silhouette = OutputJson.Number(q.Silhouette),
        Stability = OutputJson.Number(q.Stability),
        DaviesBouldin = OutputJson.Number(q.DaviesBouldin),
        CalinskiHarabasz = OutputJson.Number(q.CalinskiHarabasz),
        Inertia = OutputJson.Number(q.Inertia),
        Warnings = q.Warnings,
    };

    private static ModelPersonaJson Persona(ModelPersona p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Tagline = p.Tagline,
        Overrides = new ModelOverridesJson { Name = p.NameOverride, Tagline = p.TaglineOverride },
        Size = p.Size,
        Share = p.Share,
        Silhouette = OutputJson.Number(p.Silhouette),
        Stability = OutputJson.Number(p.Stability),
        OutlierDistance = p.OutlierDistance,
        Centroid = p.Centroid,
        Spread = p.Spread,
    };

    /// <summary>The JSON name of a column role (camel case, for example <c>categorical</c>).</summary>
    internal static string RoleName(ColumnRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());
}
