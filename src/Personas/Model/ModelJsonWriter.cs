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
    public static byte[] ToUtf8(PersonaModel model) => Write(model, model.Checksum);

    /// <summary>The checksum of the model's canonical content.</summary>
    public static string ComputeChecksum(PersonaModel model) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Write(model, checksum: null)));

    private static byte[] Write(PersonaModel model, string? checksum) => OutputJson.SerializeToUtf8(
        new ModelFileJson
        {
            Format = PersonaModel.FormatName,
            SchemaVersion = PersonaModel.CurrentSchemaVersion,
            LibraryVersion = model.LibraryVersion,
            CreatedAt = OutputJson.RoundTrip(model.CreatedAt),
            Training = Training(model.Training),
            FeaturePlan = Plan(model.Plan),
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

    private static FeaturePlanJson Plan(FeaturePlan plan)
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
            },
            Decisions = plan.Decisions,
            FeatureNames = plan.FeatureNames,
            Columns =
            [
                .. plan.Columns.Select(c => new PlannedColumnJson
                {
                    Name = c.Name,
                    Role = RoleName(c.Role),
                    Kind = c.Kind == FeatureKind.Categorical ? "categorical" : "numeric",
                    ImputeValue = OutputJson.Number(c.ImputeValue),
                    MissingCount = c.MissingCount,
                    MissingIndicator = c.MissingIndicator,
                    Log1p = c.Log1p,
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
