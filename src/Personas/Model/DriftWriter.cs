using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Personas.Model;

/// <summary>
/// Writes a <see cref="DriftReport"/> as <c>drift.json</c> (stable field names and order, see
/// <c>schemas/drift.schema.json</c>) and as <c>drift.md</c> (Markdown for people; every name from the data is escaped).
/// </summary>
public static class DriftWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as indented JSON (UTF-8 text, LF line ends, a final newline).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            WriteJson(writer, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes the report as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void WriteJson(Utf8JsonWriter writer, DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteStartObject("previousModel");
        writer.WriteString("file", report.PreviousModel.File);
        writer.WriteString("checksum", report.PreviousModel.Checksum);
        writer.WriteString("createdAt", report.PreviousModel.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteNumber("trainingRows", report.PreviousModel.TrainingRows);
        writer.WriteEndObject();
        writer.WriteNumber("matchThreshold", report.MatchThreshold);
        writer.WriteStartArray("matches");
        foreach (var m in report.Matches)
        {
            writer.WriteStartObject();
            writer.WriteString("previousId", m.PreviousId);
            writer.WriteString("currentId", m.CurrentId);
            writer.WriteNumber("distance", m.Distance);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonFields.Strings(writer, "born", report.Born);
        JsonFields.Strings(writer, "retired", report.Retired);
        writer.WriteStartArray("split");
        foreach (var s in report.Split)
        {
            writer.WriteStartObject();
            writer.WriteString("previousId", s.PreviousId);
            JsonFields.Strings(writer, "into", s.Into);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("merged");
        foreach (var m in report.Merged)
        {
            writer.WriteStartObject();
            JsonFields.Strings(writer, "from", m.From);
            writer.WriteString("currentId", m.CurrentId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("personas");
        foreach (var p in report.Personas)
        {
            WritePersona(writer, p);
        }

        writer.WriteEndArray();
        WriteMigration(writer, report.Migration);
        writer.WriteEndObject();
    }

    /// <summary>The report as Markdown: a summary, a table per persona, trait shifts and the migration matrix.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DriftMarkdown.Render(report);
    }

    private static void WritePersona(Utf8JsonWriter writer, DriftPersona p)
    {
        writer.WriteStartObject();
        writer.WriteString("id", p.Id);
        writer.WriteString("name", p.Name);
        writer.WriteString("status", p.Status);
        JsonFields.Number(writer, "previousSize", p.PreviousSize);
        JsonFields.Number(writer, "currentSize", p.CurrentSize);
        JsonFields.Number(writer, "previousShare", p.PreviousShare);
        JsonFields.Number(writer, "currentShare", p.CurrentShare);
        JsonFields.Number(writer, "centroidMovement", p.CentroidMovement);
        writer.WriteStartArray("traitShifts");
        foreach (var t in p.TraitShifts)
        {
            writer.WriteStartObject();
            writer.WriteString("feature", t.Feature);
            writer.WriteNumber("previousMean", t.PreviousMean);
            writer.WriteNumber("currentMean", t.CurrentMean);
            writer.WriteNumber("effectSize", t.EffectSize);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMigration(Utf8JsonWriter writer, DriftMigration migration)
    {
        writer.WriteStartObject("migration");
        writer.WriteString("basis", migration.Basis);
        writer.WriteNumber("customersInBoth", migration.CustomersInBoth);
        writer.WriteNumber("changedShare", migration.ChangedShare);
        writer.WriteStartObject("matrix");
        foreach (var (previousId, row) in migration.Matrix.OrderBy(kv => kv.Key, PersonaIdComparer.Instance))
        {
            writer.WriteStartObject(previousId);
            foreach (var (currentId, count) in row.OrderBy(kv => kv.Key, PersonaIdComparer.Instance))
            {
                writer.WriteNumber(currentId, count);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
