using System.Text.Json;
using Personas.Features;

namespace Personas.Model;

/// <summary>
/// The feature-plan fields added in model schema version 2 (outcomes, describe-only columns, sentinels, clipping, the
/// signed log, merged indicators), written and read in one place. A version 1 file has none of them: its plan has no such
/// transforms, so it loads unchanged.
/// </summary>
internal static class ModelPlanFields
{
    /// <summary>The version 2 fields of <c>featurePlan.options</c>.</summary>
    public static readonly string[] OptionFields =
        ["detectOutcomes", "outcomes", "forcedFeatures", "describeOnly", "detectSentinels", "sentinels", "clipImplausible", "mergeRepeatedLevels", "rareFlagShare"];

    /// <summary>The version 2 fields of a planned column.</summary>
    public static readonly string[] ColumnFields = ["signedLog", "sentinel", "neutralValue", "lowerBound", "upperBound", "neutralLevels", "sources"];

    public static void WriteOptions(Utf8JsonWriter w, FeatureOptions o)
    {
        w.WriteBoolean("detectOutcomes", o.DetectOutcomes);
        JsonFields.Strings(w, "outcomes", o.Outcomes?.Order(StringComparer.Ordinal).ToArray());
        JsonFields.Strings(w, "forcedFeatures", o.ForcedFeatures?.Order(StringComparer.Ordinal).ToArray());
        JsonFields.Strings(w, "describeOnly", o.DescribeOnly?.Order(StringComparer.Ordinal).ToArray());
        w.WriteBoolean("detectSentinels", o.DetectSentinels);
        NumberMap(w, "sentinels", o.Sentinels);

        w.WriteBoolean("clipImplausible", o.ClipImplausible);
        w.WriteBoolean("mergeRepeatedLevels", o.MergeRepeatedLevels);
        w.WriteNumber("rareFlagShare", o.RareFlagShare);
    }

    /// <summary>Writes numbers by column name in ordinal key order, or null.</summary>
    public static void NumberMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, double>? map)
    {
        if (map is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        foreach (var (column, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(column, value);
        }

        w.WriteEndObject();
    }

    public static FeatureOptions ReadOptions(ModelJsonNode o, FeatureOptions options) => options with
    {
        DetectOutcomes = o["detectOutcomes"].Bool(),
        Outcomes = o["outcomes"].NullableStrings(),
        ForcedFeatures = o["forcedFeatures"].NullableStrings(),
        DescribeOnly = o["describeOnly"].NullableStrings(),
        DetectSentinels = o["detectSentinels"].Bool(),
        Sentinels = o["sentinels"].IsNull ? null : o["sentinels"].Properties().ToDictionary(p => p.Name, p => p.Value.Double(), StringComparer.Ordinal),
        ClipImplausible = o["clipImplausible"].Bool(),
        MergeRepeatedLevels = o["mergeRepeatedLevels"].Bool(),
        RareFlagShare = o["rareFlagShare"].Double(),
    };

    public static void WriteOutcomes(Utf8JsonWriter w, FeaturePlan plan)
    {
        w.WriteStartArray("outcomes");
        foreach (var o in plan.Outcomes)
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            w.WriteBoolean("isBinary", o.IsBinary);
            JsonFields.String(w, "positiveLevel", o.PositiveLevel);
            w.WriteBoolean("isLeakage", o.IsLeakage);
            w.WriteString("reason", o.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonFields.Strings(w, "describeOnly", plan.DescribeOnly);
    }

    public static (OutcomeColumn[] Outcomes, string[] DescribeOnly) ReadOutcomes(ModelJsonNode plan)
    {
        var outcomes = plan["outcomes"].List().Select(n =>
        {
            n.Object("name", "isBinary", "positiveLevel", "isLeakage", "reason");
            return new OutcomeColumn
            {
                Name = n["name"].String(),
                IsBinary = n["isBinary"].Bool(),
                PositiveLevel = n["positiveLevel"].NullableString(),
                IsLeakage = n["isLeakage"].Bool(),
                Reason = n["reason"].String(),
            };
        }).ToArray();
        return (outcomes, plan["describeOnly"].Strings());
    }

    public static void WriteTransforms(Utf8JsonWriter w, PlannedColumn c)
    {
        w.WriteBoolean("signedLog", c.SignedLog);
        JsonFields.Number(w, "sentinel", c.Sentinel);
        JsonFields.Number(w, "neutralValue", c.NeutralValue);
        JsonFields.Number(w, "lowerBound", c.LowerBound);
        JsonFields.Number(w, "upperBound", c.UpperBound);
        JsonFields.Strings(w, "neutralLevels", c.NeutralLevels);
        w.WriteStartArray("sources");
        foreach (var s in c.Sources)
        {
            w.WriteStartObject();
            w.WriteString("column", s.Column);
            JsonFields.String(w, "level", s.Level);
            JsonFields.Number(w, "value", s.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static PlannedColumn ReadTransforms(ModelJsonNode n, PlannedColumn c) => c with
    {
        SignedLog = n["signedLog"].Bool(),
        Sentinel = n["sentinel"].NullableDouble(),
        NeutralValue = n["neutralValue"].NullableDouble(),
        LowerBound = n["lowerBound"].NullableDouble() ?? double.NegativeInfinity,
        UpperBound = n["upperBound"].NullableDouble() ?? double.PositiveInfinity,
        NeutralLevels = n["neutralLevels"].Strings(),
        Sources = n["sources"].List().Select(s =>
        {
            s.Object("column", "level", "value");
            return new IndicatorSource(s["column"].String(), s["level"].NullableString(), s["value"].NullableDouble());
        }).ToArray(),
    };
}
