using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Personas.Segmentation;

namespace Personas.Reporting;

/// <summary>
/// Writes <c>personas.json</c>, the machine-readable result of a build (schema: <c>schemas/personas.schema.json</c>).
/// Top-level fields, stable: <c>schemaVersion, libraryVersion, createdAt, source, seed, k, kSelection, quality,
/// columns, decisions, reproducibility, personas</c>. <c>source</c> reconciles: <c>rowsRead = rowsUsed + rowsExcluded</c>
/// (input rows: transaction lines for a transaction file), and <c>customers</c> is the number of customers profiled. Deterministic for the same inputs, options, seed and clock.
/// </summary>
public static class PersonasDocument
{
    /// <summary>The version of the personas.json layout.</summary>
    public const string SchemaVersion = "1.0";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Renders the document as JSON text.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="run">Inputs, options and time of the run.</param>
    /// <param name="personaExtras">Optional extra fields per persona id (for example <c>journey</c>), added to each persona entry.</param>
    /// <returns>The JSON text (UTF-8 when written with <see cref="File.WriteAllText(string, string)"/>), ending with a newline.</returns>
    public static string ToJson(PersonaBuildResult result, BuildRunInfo run, IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode?>>? personaExtras = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(run);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(w, result, run);
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        if (personaExtras is { Count: > 0 })
        {
            var doc = JsonNode.Parse(text)!.AsObject();
            foreach (var entry in doc["personas"]!.AsArray())
            {
                var id = entry!["id"]!.GetValue<string>();
                if (personaExtras.TryGetValue(id, out var extras))
                {
                    foreach (var (name, value) in extras)
                    {
                        entry.AsObject()[name] = value?.DeepClone();
                    }
                }
            }

            text = doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        }

        return text + "\n";
    }

    /// <summary>Writes the document.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="result">The build result.</param>
    /// <param name="run">Inputs, options and time of the run.</param>
    public static void Write(Utf8JsonWriter w, PersonaBuildResult result, BuildRunInfo run)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(run);
        var table = result.Table;
        var seg = result.Segmentation;
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteString("libraryVersion", PersonasInfo.Version);
        w.WriteString("createdAt", run.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
        w.WriteStartObject("source");
        w.WriteString("file", table.Source);
        w.WriteNumber("rowsRead", table.RowsRead);
        w.WriteNumber("rowsUsed", table.RowsUsed);
        w.WriteNumber("rowsExcluded", table.Exclusions.Count);
        w.WriteNumber("customers", table.RowCount);
        w.WriteEndObject();
        w.WriteNumber("seed", seg.Seed);
        w.WriteNumber("k", seg.K);
        WriteKSelection(w, seg.KSelection);
        WriteQuality(w, seg.Quality, seg.Warnings);
        w.WriteStartArray("columns");
        foreach (var c in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("role", c.Role.ToString().ToLowerInvariant());
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("decisions");
        foreach (var d in table.Notes.Concat(result.Plan.Decisions).Concat(result.Personas.Notes))
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        w.WriteStartObject("reproducibility");
        w.WriteStartArray("inputs");
        foreach (var f in run.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("file", f.File);
            w.WriteNumber("bytes", f.Bytes);
            w.WriteString("sha256", f.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("options");
        foreach (var (k, v) in run.Options.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
        w.WriteNumber("seed", seg.Seed);
        w.WriteString("engine", seg.Engine.ToString().ToLowerInvariant());
        w.WriteString("libraryVersion", PersonasInfo.Version);
        w.WriteEndObject();
        w.WritePropertyName("personas");
        PersonaJson.WritePersonas(w, result.Personas);
        w.WriteEndObject();
    }

    private static void WriteKSelection(Utf8JsonWriter w, KSelectionReport ks)
    {
        w.WriteStartObject("kSelection");
        w.WriteBoolean("auto", ks.Auto);
        w.WriteNumber("chosenK", ks.ChosenK);
        w.WriteString("rule", ks.Rule);
        w.WriteString("reason", ks.Reason);
        w.WriteStartArray("scores");
        foreach (var s in ks.Scores)
        {
            w.WriteStartObject();
            w.WriteNumber("k", s.K);
            Number(w, "inertia", s.Inertia);
            Number(w, "silhouette", s.Silhouette);
            if (s.SilhouetteSampleSize is { } n)
            {
                w.WriteNumber("silhouetteSampleSize", n);
            }
            else
            {
                w.WriteNull("silhouetteSampleSize");
            }

            Number(w, "calinskiHarabasz", s.CalinskiHarabasz);
            Number(w, "daviesBouldin", s.DaviesBouldin);
            Number(w, "stability", s.Stability);
            Number(w, "smallestShare", s.SmallestShare);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuality(Utf8JsonWriter w, SegmentationQuality q, IReadOnlyList<string> warnings)
    {
        w.WriteStartObject("quality");
        Number(w, "silhouette", q.Silhouette);
        Number(w, "stability", q.Stability);
        Number(w, "daviesBouldin", q.DaviesBouldin);
        Number(w, "calinskiHarabasz", q.CalinskiHarabasz);
        Number(w, "inertia", q.Inertia);
        w.WriteStartArray("warnings");
        foreach (var s in q.Warnings.Concat(warnings).Distinct(StringComparer.Ordinal))
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes a number rounded to 6 significant digits (stable text across platforms), or null when not finite.</summary>
    internal static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (!double.IsFinite(value))
        {
            w.WriteNull(name);
            return;
        }

        w.WriteNumber(name, double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }
}
