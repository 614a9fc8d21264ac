using System.Text;
using System.Text.Json;
using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>
/// Writes <c>journeys.json</c> and the attribution output with stable field names (schemas:
/// <c>schemas/journeys.schema.json</c>, <c>schemas/attribution.schema.json</c>). Maps keyed by touchpoint are
/// written in ordinal key order; numbers that are undefined (no data) are written as null.
/// </summary>
/// <example>
/// <code>
/// JourneyJson.WriteFile("out/journeys.json", map);
/// JourneyJson.WriteAttributionFile("out/attribution.json", AttributionModels.Compute(PathFileReader.ReadFile("paths.csv")));
/// </code>
/// </example>
public static partial class JourneyJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Writes a journey map as the <c>journeys.json</c> object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="map">The journey map.</param>
    public static void Write(Utf8JsonWriter writer, JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.WriteStartObject();
        writer.WriteString("counting", map.Counting);
        writer.WriteNumber("ties", map.Ties);
        writer.WriteNumber("eventsOutsideLookback", map.EventsOutsideLookback);
        writer.WriteNumber("unassignedJourneys", map.UnassignedJourneys);
        JsonFields.Strings(writer, "stageNames", map.StageNames);
        WriteSummaryFields(writer, map.Overall);
        writer.WriteStartObject("byPersona");
        foreach (var (id, summary) in map.ByPersona)
        {
            writer.WriteStartObject(id);
            writer.WriteString("counting", map.Counting);
            WriteSummaryFields(writer, summary);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("personaComparison");
        foreach (var (id, c) in map.PersonaComparison)
        {
            writer.WritePropertyName(id);
            WriteComparison(writer, c);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes one summary as an object with the same fields as a <c>byPersona</c> entry of <c>journeys.json</c> (for a persona's <c>journey</c> in <c>personas.json</c>), plus the persona comparison when given.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="counting">How journeys were counted (<see cref="JourneyMap.Counting"/>).</param>
    /// <param name="comparison">The persona's comparison with the others, written as <c>comparison</c>, or null.</param>
    public static void WriteSummary(Utf8JsonWriter writer, JourneySummary summary, string counting, PersonaJourneyComparison? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(counting);
        writer.WriteStartObject();
        writer.WriteString("counting", counting);
        WriteSummaryFields(writer, summary);
        if (comparison is not null)
        {
            writer.WritePropertyName("comparison");
            WriteComparison(writer, comparison);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes an attribution result as the attribution object (<c>paths</c>, <c>conversions</c>, <c>value</c>, every model).</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The attribution result.</param>
    public static void WriteAttribution(Utf8JsonWriter writer, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("paths", result.Paths);
        JsonFields.Number(writer, "conversions", result.Conversions);
        JsonFields.Number(writer, "nulls", result.Nulls);
        if (result.HasValues)
        {
            JsonFields.Number(writer, "value", result.Value);
        }
        else
        {
            writer.WriteNull("value");
        }

        Credit(writer, "firstTouch", result.FirstTouch.Conversions);
        Credit(writer, "lastTouch", result.LastTouch.Conversions);
        Credit(writer, "linear", result.Linear.Conversions);
        if (result.TimeDecay is { } td)
        {
            Credit(writer, "timeDecay", td.Conversions);
        }
        else
        {
            writer.WriteNull("timeDecay");
        }

        Credit(writer, "positionBased", result.PositionBased.Conversions);
        var m = result.Markov;
        writer.WriteStartObject("markov");
        writer.WriteNumber("order", m.Order);
        JsonFields.Number(writer, "conversionProbability", m.ConversionProbability);
        writer.WriteNumber("states", m.StateCount);
        Credit(writer, "removalEffects", m.RemovalEffects);
        Credit(writer, "conversions", m.Conversions);
        Credit(writer, "shares", m.Shares);
        if (m.Values is not null)
        {
            Credit(writer, "values", m.Values);
        }

        if (m.ShareIntervals is { } ci)
        {
            writer.WriteNumber("bootstrapResamples", m.BootstrapResamples);
            writer.WriteStartObject("shareIntervals");
            foreach (var key in ci.Keys.Order(StringComparer.Ordinal))
            {
                writer.WriteStartObject(key);
                JsonFields.Number(writer, "lower", ci[key].Lower);
                JsonFields.Number(writer, "upper", ci[key].Upper);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (result.HasValues)
        {
            writer.WriteStartObject("values");
            foreach (var credit in new[] { result.FirstTouch, result.LastTouch, result.Linear, result.TimeDecay, result.PositionBased })
            {
                if (credit?.Values is not null)
                {
                    Credit(writer, credit.Model, credit.Values);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>journeys.json</c> to a file (indented UTF-8).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="map">The journey map.</param>
    public static void WriteFile(string path, JourneyMap map) => ToFile(path, w => Write(w, map));

    /// <summary>Writes the attribution output to a file (indented UTF-8).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="result">The attribution result.</param>
    public static void WriteAttributionFile(string path, AttributionResult result) => ToFile(path, w => WriteAttribution(w, result));

    /// <summary>The <c>journeys.json</c> text.</summary>
    /// <param name="map">The journey map.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(JourneyMap map)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            Write(w, map);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void ToFile(string path, Action<Utf8JsonWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, Indented);
        write(w);
    }

    private static void Moves(Utf8JsonWriter w, string name, IReadOnlyList<StageMove> moves)
    {
        w.WriteStartArray(name);
        foreach (var m in moves)
        {
            w.WriteStartObject();
            w.WriteString("from", m.From);
            w.WriteString("to", m.To);
            w.WriteNumber("count", m.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Counts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var key in counts.Keys.Order(StringComparer.Ordinal))
        {
            w.WriteNumber(key, counts[key]);
        }

        w.WriteEndObject();
    }

    private static void Credit(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, double> credit)
    {
        w.WriteStartObject(name);
        foreach (var key in credit.Keys.Order(StringComparer.Ordinal))
        {
            JsonFields.Number(w, key, credit[key]);
        }

        w.WriteEndObject();
    }
}
