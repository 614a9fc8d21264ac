using System.Text.Json;
using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>
/// Writes persona entries of <c>personas.json</c> (see <c>schemas/personas.schema.json</c>). Field names are stable:
/// <c>id, name, tagline, size, share, valueShare, valuePerCustomerRatio, isDetailed, centroid, traits, comparisons,
/// narrative, quality, warnings</c>; each trait is <c>{feature, level, kind, direction, personaValue, restValue,
/// personaMedian, restMedian, effectSize, ciLow, ciHigh, pValue, qValue, lift}</c>. Deterministic: fixed key order,
/// invariant number format, no customer ids or rows.
/// </summary>
/// <example>
/// <code>
/// writer.WritePropertyName("personas");
/// PersonaJson.WritePersonas(writer, set);
/// </code>
/// </example>
public static class PersonaJson
{
    /// <summary>Writes the personas as a JSON array value (the caller writes the <c>"personas"</c> property name first).</summary>
    /// <param name="writer">The writer, positioned where a value is expected.</param>
    /// <param name="set">The persona set.</param>
    public static void WritePersonas(Utf8JsonWriter writer, PersonaSet set)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(set);
        writer.WriteStartArray();
        foreach (var p in set.Personas)
        {
            WritePersona(writer, p);
        }

        writer.WriteEndArray();
    }

    private static void WritePersona(Utf8JsonWriter w, Persona p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("tagline", p.Tagline);
        w.WriteNumber("size", p.Size);
        JsonFields.Number(w, "share", p.Share);
        JsonFields.Number(w, "valueShare", p.ValueShare);
        JsonFields.Number(w, "valuePerCustomerRatio", p.ValuePerCustomerRatio);
        w.WriteBoolean("isDetailed", p.IsDetailed);
        w.WriteStartObject("centroid");
        foreach (var (feature, v) in p.Centroid)
        {
            w.WriteStartObject(feature);
            w.WriteString("kind", Kind(v.Kind));
            if (v.Kind == TraitKind.Numeric)
            {
                JsonFields.Number(w, "mean", v.Mean);
                JsonFields.Number(w, "median", v.Median);
            }
            else
            {
                w.WriteString("level", v.Level);
                JsonFields.Number(w, "share", v.Share);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        Traits(w, "traits", p.Traits);
        Traits(w, "comparisons", p.Comparisons);
        w.WriteStartArray("narrative");
        foreach (var s in p.Narrative)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteStartObject("quality");
        JsonFields.Number(w, "silhouette", p.Quality.Silhouette);
        JsonFields.Number(w, "stability", p.Quality.Stability);
        w.WriteEndObject();
        w.WriteStartArray("warnings");
        foreach (var s in p.Warnings)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Traits(Utf8JsonWriter w, string name, IReadOnlyList<Trait> traits)
    {
        w.WriteStartArray(name);
        foreach (var t in traits)
        {
            w.WriteStartObject();
            w.WriteString("feature", t.Feature);
            w.WriteString("level", t.Level);
            w.WriteString("kind", Kind(t.Kind));
            w.WriteString("direction", t.Direction == TraitDirection.Higher ? "higher" : "lower");
            JsonFields.Number(w, "personaValue", t.PersonaValue);
            JsonFields.Number(w, "restValue", t.RestValue);
            JsonFields.Number(w, "personaMedian", t.PersonaMedian);
            JsonFields.Number(w, "restMedian", t.RestMedian);
            JsonFields.Number(w, "effectSize", t.EffectSize);
            JsonFields.Number(w, "ciLow", t.CiLow);
            JsonFields.Number(w, "ciHigh", t.CiHigh);
            JsonFields.Number(w, "pValue", t.PValue);
            JsonFields.Number(w, "qValue", t.QValue);
            JsonFields.Number(w, "lift", t.Lift);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Kind(TraitKind kind) => kind == TraitKind.Numeric ? "numeric" : "categorical";
}
