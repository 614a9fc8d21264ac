using Personas.Features;

namespace Personas.Model;

/// <summary>
/// Reads the feature-plan fields added in model schema version 2 (outcomes, describe-only columns, sentinels, clipping,
/// the signed log, merged indicators). A version 1 file has none of them: its plan has no such transforms, so it loads
/// unchanged.
/// </summary>
internal static class ModelPlanFields
{
    /// <summary>The version 2 fields of <c>featurePlan.options</c>.</summary>
    public static readonly string[] OptionFields =
        ["detectOutcomes", "outcomes", "forcedFeatures", "describeOnly", "detectSentinels", "sentinels", "clipImplausible", "mergeRepeatedLevels", "rareFlagShare"];

    /// <summary>The version 2 fields every planned column has.</summary>
    public static readonly string[] ColumnFields = ["signedLog", "neutralLevels", "sources"];

    /// <summary>The version 2 fields a planned column has only when set.</summary>
    public static readonly string[] OptionalColumnFields = ["sentinel", "neutralValue", "lowerBound", "upperBound"];

    public static FeatureOptions ReadOptions(ModelJsonNode o, FeatureOptions options) => options with
    {
        DetectOutcomes = o["detectOutcomes"].Bool(),
        Outcomes = o["outcomes"].Strings(),
        ForcedFeatures = o["forcedFeatures"].Strings(),
        DescribeOnly = o["describeOnly"].Strings(),
        DetectSentinels = o["detectSentinels"].Bool(),
        Sentinels = o["sentinels"].Properties().ToDictionary(p => p.Name, p => p.Value.Double(), StringComparer.Ordinal),
        ClipImplausible = o["clipImplausible"].Bool(),
        MergeRepeatedLevels = o["mergeRepeatedLevels"].Bool(),
        RareFlagShare = o["rareFlagShare"].Double(),
    };

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

    public static PlannedColumn ReadTransforms(ModelJsonNode n, PlannedColumn c) => c with
    {
        SignedLog = n["signedLog"].Bool(),
        Sentinel = n.Has("sentinel") ? n["sentinel"].Double() : null,
        NeutralValue = n.Has("neutralValue") ? n["neutralValue"].Double() : null,
        LowerBound = n.Has("lowerBound") ? n["lowerBound"].Double() : double.NegativeInfinity,
        UpperBound = n.Has("upperBound") ? n["upperBound"].Double() : double.PositiveInfinity,
        NeutralLevels = n["neutralLevels"].Strings(),
        Sources = n["sources"].List().Select(s =>
        {
            s.Object("column", "level", "value");
            return new IndicatorSource(s["column"].String(), s["level"].NullableString(), s["value"].NullableDouble());
        }).ToArray(),
    };
}
