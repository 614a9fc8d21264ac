using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Personas.Json;

/// <summary>Attribution: rule-based models and the exact Markov chain model.</summary>
[Description("Attribution of conversions to touchpoints: first touch, last touch, linear, time decay, position based, and a Markov chain model with removal effects solved exactly.")]
internal sealed class AttributionJson
{
    [Description("Distinct paths.")]
    [SchemaMinimum(0)]
    public required long Paths { get; init; }

    public required double? Conversions { get; init; }

    [Description("Journeys without a conversion (null paths).")]
    public required double? Nulls { get; init; }

    [Description("Total conversion value, or null without values.")]
    public required double? Value { get; init; }

    [Description("Conversions credited per touchpoint by the first-touch model.")]
    public required IReadOnlyDictionary<string, double?> FirstTouch { get; init; }

    public required IReadOnlyDictionary<string, double?> LastTouch { get; init; }

    public required IReadOnlyDictionary<string, double?> Linear { get; init; }

    [Description("Time-decay credit, or null without timestamps.")]
    public required IReadOnlyDictionary<string, double?>? TimeDecay { get; init; }

    public required IReadOnlyDictionary<string, double?> PositionBased { get; init; }

    public required MarkovJson Markov { get; init; }

    [Description("Value credited per model and touchpoint (only with values).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>>? Values { get; init; }
}

/// <summary>The Markov chain model.</summary>
internal sealed class MarkovJson
{
    [SchemaMinimum(1)]
    public required int Order { get; init; }

    [Description("Probability of conversion from the start state.")]
    public required double? ConversionProbability { get; init; }

    [SchemaMinimum(0)]
    public required long States { get; init; }

    public required IReadOnlyDictionary<string, double?> RemovalEffects { get; init; }

    public required IReadOnlyDictionary<string, double?> Conversions { get; init; }

    public required IReadOnlyDictionary<string, double?> Shares { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double?>? Values { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BootstrapResamples { get; init; }

    [Description("Bootstrap 95% intervals of the shares (with --bootstrap).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IntervalJson>? ShareIntervals { get; init; }
}

/// <summary>An interval.</summary>
internal sealed class IntervalJson
{
    public required double? Lower { get; init; }

    public required double? Upper { get; init; }
}
