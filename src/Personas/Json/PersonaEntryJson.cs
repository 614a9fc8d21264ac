using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>One persona of personas.json.</summary>
internal sealed class PersonaEntryJson
{
    [Description("The persona's stable id (P1, P2, ...), kept across quarterly refreshes.")]
    [SchemaPattern("^P[0-9]+$")]
    public required string Id { get; init; }

    [Description("The generated name (or your override).")]
    public required string Name { get; init; }

    [Description("A one-line description (or your override).")]
    public required string Tagline { get; init; }

    [Description("Customers in the persona.")]
    [SchemaMinimum(0)]
    public required int Size { get; init; }

    [Description("Share of all customers (0..1).")]
    public required double? Share { get; init; }

    [Description("Share of all value (0..1), or null without a value column.")]
    public required double? ValueShare { get; init; }

    [Description("Value per customer relative to the average customer (1 = average), or null without a value column.")]
    public required double? ValuePerCustomerRatio { get; init; }

    [Description("False when the persona is smaller than the minimum size for detailed description (privacy).")]
    public required bool IsDetailed { get; init; }

    [Description("The persona's representative profile per input column: mean and median of a numeric column, most common level and its share of a categorical one.")]
    public required IReadOnlyDictionary<string, CentroidJson> Centroid { get; init; }

    [Description("The distinguishing traits (significant and not negligible), strongest first.")]
    public required IReadOnlyList<TraitJson> Traits { get; init; }

    [Description("Every comparison with the rest, significant or not.")]
    public required IReadOnlyList<TraitJson> Comparisons { get; init; }

    [Description("The outcomes measured on the persona against the rest: rate or mean, 95% CI, ratio, q-value, and the persona's share of all outcomes and of their value.")]
    public required IReadOnlyList<OutcomeKpiJson> Outcomes { get; init; }

    [Description("The narrative, one sentence per entry, each tied to a statistic of this card.")]
    public required IReadOnlyList<string> Narrative { get; init; }

    public required PersonaQualityJson Quality { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    [Description("The persona's journey (with touchpoint events): its summary, its comparison with the other personas and findings in plain words.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PersonaJourneyJson? Journey { get; init; }
}

/// <summary>One outcome on one persona against the rest.</summary>
internal sealed class OutcomeKpiJson
{
    [Description("The outcome column.")]
    public required string Column { get; init; }

    [Description("The level counted for a rate, or null for a mean.")]
    public required string? Level { get; init; }

    [SchemaEnum("rate", "mean")]
    public required string Measure { get; init; }

    [Description("True when the column is known only after the outcome.")]
    public required bool AfterOutcome { get; init; }

    [Description("The persona's rate (0..1) or mean.")]
    public required double? PersonaValue { get; init; }

    [Description("The other customers' rate (0..1) or mean.")]
    public required double? RestValue { get; init; }

    [Description("personaValue / restValue, or null when the rest's value is not positive.")]
    public required double? Ratio { get; init; }

    [Description("95% confidence interval of personaValue (Wilson for a rate, Student's t for a mean).")]
    public required double? CiLow { get; init; }

    public required double? CiHigh { get; init; }

    [Description("Two-proportion z-test (rate) or Welch's t-test (mean) against the rest.")]
    public required double? PValue { get; init; }

    [Description("Benjamini-Hochberg q-value over every outcome test of the build.")]
    public required double? QValue { get; init; }

    [Description("The persona's share of all customers with the outcome (a rate), or of the column's total (a mean of non-negative values); null when undefined.")]
    public required double? ShareOfOutcome { get; init; }

    [Description("For a rate with a value column: the persona's share of the value held by customers with the outcome; else null.")]
    public required double? ShareOfValue { get; init; }

    [SchemaMinimum(0)]
    public required int PersonaCount { get; init; }

    [SchemaMinimum(0)]
    public required int RestCount { get; init; }
}

/// <summary>A persona's representative value for one column.</summary>
[JsonDerivedType(typeof(NumericCentroidJson))]
[JsonDerivedType(typeof(CategoricalCentroidJson))]
internal abstract class CentroidJson
{
    [SchemaEnum("numeric", "categorical")]
    [JsonPropertyOrder(-1)]
    public required string Kind { get; init; }
}

/// <summary>A numeric column's mean and median in the persona.</summary>
internal sealed class NumericCentroidJson : CentroidJson
{
    public required double? Mean { get; init; }

    public required double? Median { get; init; }
}

/// <summary>A categorical column's most common level in the persona and its share.</summary>
internal sealed class CategoricalCentroidJson : CentroidJson
{
    public required string? Level { get; init; }

    public required double? Share { get; init; }
}

/// <summary>A comparison of the persona with the rest on one feature (or one level of a categorical column).</summary>
internal sealed class TraitJson
{
    [Description("The input column.")]
    public required string Feature { get; init; }

    [Description("The level of a categorical column, or null for a numeric one.")]
    public required string? Level { get; init; }

    [SchemaEnum("numeric", "categorical")]
    public required string Kind { get; init; }

    [SchemaEnum("higher", "lower")]
    public required string Direction { get; init; }

    [Description("Mean (numeric) or share of the level (categorical) in the persona.")]
    public required double? PersonaValue { get; init; }

    [Description("The same among all other customers.")]
    public required double? RestValue { get; init; }

    public required double? PersonaMedian { get; init; }

    public required double? RestMedian { get; init; }

    [Description("Hedges' g (numeric) or Cohen's h (categorical).")]
    public required double? EffectSize { get; init; }

    [Description("95% confidence interval of the effect size: lower bound.")]
    public required double? CiLow { get; init; }

    [Description("95% confidence interval of the effect size: upper bound.")]
    public required double? CiHigh { get; init; }

    [Description("Welch t-test (numeric) or two-proportion z-test (categorical) p-value.")]
    public required double? PValue { get; init; }

    [Description("Benjamini-Hochberg adjusted p-value over all tests of the build.")]
    public required double? QValue { get; init; }

    [Description("Share in the persona divided by share among the rest (categorical), or null.")]
    public required double? Lift { get; init; }
}

/// <summary>A persona's own quality.</summary>
internal sealed class PersonaQualityJson
{
    [Description("Mean silhouette of the persona's customers.")]
    public required double? Silhouette { get; init; }

    [Description("How reliably the persona reappears in bootstrap refits (Jaccard).")]
    public required double? Stability { get; init; }
}
