using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Personas.Data;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// Writes a model file: fixed key order, two-space indentation, LF line ends, numbers in their shortest round-trip
/// form. The checksum is the SHA-256 of the same document written without its <c>checksum</c> field (the canonical
/// content), so a loader can recompute it from the values it read.
/// </summary>
internal static class ModelJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The complete file content, checksum included, with a final newline.</summary>
    public static byte[] ToUtf8(PersonaModel model) => Write(model, model.Checksum, PersonaModel.CurrentSchemaVersion);

    /// <summary>The checksum of the model's canonical content in a schema version's layout (version 1 files are checked in their own layout).</summary>
    public static string ComputeChecksum(PersonaModel model, int version = PersonaModel.CurrentSchemaVersion) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Write(model, checksum: null, version)));

    private static byte[] Write(PersonaModel model, string? checksum, int version)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", PersonaModel.FormatName);
            w.WriteNumber("schemaVersion", version);
            w.WriteString("libraryVersion", model.LibraryVersion);
            w.WriteString("createdAt", model.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
            WriteTraining(w, model.Training);
            WritePlan(w, model.Plan, version);
            WriteQuality(w, model.Quality);
            w.WriteNumber("nextPersonaNumber", model.NextPersonaNumber);
            w.WriteStartArray("personas");
            foreach (var p in model.Personas)
            {
                WritePersona(w, p);
            }

            w.WriteEndArray();
            if (checksum is not null)
            {
                w.WriteString("checksum", checksum);
            }

            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteTraining(Utf8JsonWriter w, DataFingerprint t)
    {
        w.WriteStartObject("training");
        w.WriteString("source", t.Source);
        w.WriteNumber("rows", t.Rows);
        JsonFields.Strings(w, "columns", t.Columns);
        w.WriteString("contentHash", t.ContentHash);
        if (t.Seed is { } seed)
        {
            w.WriteNumber("seed", seed);
        }
        else
        {
            w.WriteNull("seed");
        }

        w.WriteStartObject("options");
        foreach (var (name, value) in t.Options.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
        w.WriteStartArray("inputs");
        foreach (var f in t.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("file", f.File);
            w.WriteNumber("bytes", f.Bytes);
            w.WriteString("sha256", f.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter w, FeaturePlan plan, int version)
    {
        var o = plan.Options;
        w.WriteStartObject("featurePlan");
        w.WriteStartObject("options");
        w.WriteString("scaling", ScalingName(o.Scaling));
        w.WriteBoolean("autoLog", o.AutoLog);
        w.WriteNumber("skewnessThreshold", o.SkewnessThreshold);
        w.WriteNumber("missingIndicatorThreshold", o.MissingIndicatorThreshold);
        ModelPlanFields.NumberMap(w, "weights", o.Weights);

        // Column sets may be hash sets (enumeration order varies between processes): written sorted, so files are stable.
        JsonFields.Strings(w, "columns", o.Columns?.Order(StringComparer.Ordinal).ToArray());
        JsonFields.Strings(w, "exclude", o.Exclude?.Order(StringComparer.Ordinal).ToArray());
        if (version >= 2)
        {
            ModelPlanFields.WriteOptions(w, o);
        }

        w.WriteEndObject();
        if (version >= 2)
        {
            ModelPlanFields.WriteOutcomes(w, plan);
        }

        JsonFields.Strings(w, "decisions", plan.Decisions);
        JsonFields.Strings(w, "featureNames", plan.FeatureNames);
        w.WriteStartArray("columns");
        foreach (var c in plan.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("role", RoleName(c.Role));
            w.WriteString("kind", KindName(c.Kind));
            JsonFields.Number(w, "imputeValue", c.ImputeValue);
            w.WriteNumber("missingCount", c.MissingCount);
            w.WriteBoolean("missingIndicator", c.MissingIndicator);
            w.WriteBoolean("log1p", c.Log1p);
            if (version >= 2)
            {
                ModelPlanFields.WriteTransforms(w, c);
            }

            w.WriteNumber("center", c.Center);
            w.WriteNumber("scale", c.Scale);
            w.WriteNumber("indicatorCenter", c.IndicatorCenter);
            w.WriteNumber("indicatorScale", c.IndicatorScale);
            JsonFields.Strings(w, "levels", c.Levels);
            w.WriteStartArray("levelShares");
            foreach (var s in c.LevelShares)
            {
                w.WriteNumberValue(s);
            }

            w.WriteEndArray();
            w.WriteNumber("weight", c.Weight);
            w.WriteNumber("firstFeature", c.FirstFeature);
            JsonFields.Strings(w, "featureNames", c.FeatureNames);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON name of a feature kind: <c>numeric</c>, <c>categorical</c> or <c>indicator</c>.</summary>
    internal static string KindName(FeatureKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The JSON name of a scaling method: <c>zscore</c>, <c>robust</c> or <c>none</c>.</summary>
    internal static string ScalingName(ScalingMethod scaling) => scaling.ToString().ToLowerInvariant();

    private static void WriteQuality(Utf8JsonWriter w, ModelQuality q)
    {
        w.WriteStartObject("quality");
        JsonFields.Number(w, "silhouette", q.Silhouette);
        JsonFields.Number(w, "stability", q.Stability);
        JsonFields.Number(w, "daviesBouldin", q.DaviesBouldin);
        JsonFields.Number(w, "calinskiHarabasz", q.CalinskiHarabasz);
        JsonFields.Number(w, "inertia", q.Inertia);
        JsonFields.Strings(w, "warnings", q.Warnings);
        w.WriteEndObject();
    }

    private static void WritePersona(Utf8JsonWriter w, ModelPersona p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("tagline", p.Tagline);
        w.WriteStartObject("overrides");
        w.WriteString("name", p.NameOverride);
        w.WriteString("tagline", p.TaglineOverride);
        w.WriteEndObject();
        w.WriteNumber("size", p.Size);
        w.WriteNumber("share", p.Share);
        JsonFields.Number(w, "silhouette", p.Silhouette);
        JsonFields.Number(w, "stability", p.Stability);
        w.WriteNumber("outlierDistance", p.OutlierDistance);
        Floats(w, "centroid", p.Centroid);
        Floats(w, "spread", p.Spread);
        w.WriteEndObject();
    }

    /// <summary>The JSON name of a column role (camel case, for example <c>categorical</c>).</summary>
    internal static string RoleName(ColumnRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    private static void Floats(Utf8JsonWriter w, string name, IReadOnlyList<float> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }
}
