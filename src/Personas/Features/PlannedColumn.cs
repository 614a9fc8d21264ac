using Personas.Data;

namespace Personas.Features;

/// <summary>
/// What a <see cref="FeaturePlan"/> does with one source column: imputation, optional <c>log1p</c>, centre and scale
/// (numeric), levels and their learned frequencies (categorical), weight, and which features it writes.
/// </summary>
public sealed record PlannedColumn
{
    /// <summary>The source column name (for a merged <see cref="FeatureKind.Indicator"/>, the fact's label).</summary>
    public required string Name { get; init; }

    /// <summary>The role of the source column when the plan was learned.</summary>
    public required ColumnRole Role { get; init; }

    /// <summary>How the column becomes features.</summary>
    public required FeatureKind Kind { get; init; }

    /// <summary>The value a missing number is replaced with (the median of the learned data, before <c>log1p</c>); NaN for categorical columns.</summary>
    public double ImputeValue { get; init; } = double.NaN;

    /// <summary>How many values were missing in the learned data.</summary>
    public int MissingCount { get; init; }

    /// <summary>True when a missing-indicator feature follows the numeric feature.</summary>
    public bool MissingIndicator { get; init; }

    /// <summary>True when <c>log1p</c> is applied after imputation.</summary>
    public bool Log1p { get; init; }

    /// <summary>What is subtracted (after imputation and <c>log1p</c>) before scaling; 0 for categorical columns.</summary>
    public double Center { get; init; }

    /// <summary>What the centred value is divided by (then multiplied by <see cref="Weight"/>); for categorical columns <c>sqrt(sum p(1-p))</c>.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>The centre of the missing indicator (its share of ones); 0 when there is none.</summary>
    public double IndicatorCenter { get; init; }

    /// <summary>The scale of the missing indicator; 1 when there is none.</summary>
    public double IndicatorScale { get; init; } = 1;

    /// <summary>The levels of a categorical column (including <c>(missing)</c> when values were missing); empty for numeric ones.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>The learned share <c>p_l</c> of each level, parallel to <see cref="Levels"/>.</summary>
    public IReadOnlyList<double> LevelShares { get; init; } = [];

    /// <summary>A value that means "missing" or "not applicable" (a sentinel such as <c>-1</c>): it encodes as the column's centre and counts in the missing indicator (unless it is also the <see cref="NeutralValue"/>, carried by a merged indicator); null when none.</summary>
    public double? Sentinel { get; init; }

    /// <summary>A value that encodes as the column's centre because a merged <see cref="FeatureKind.Indicator"/> feature carries it; null when none.</summary>
    public double? NeutralValue { get; init; }

    /// <summary>Values below this are clipped to it before the transform (implausible values); negative infinity when not clipped.</summary>
    public double LowerBound { get; init; } = double.NegativeInfinity;

    /// <summary>Values above this are clipped to it before the transform (implausible values); positive infinity when not clipped.</summary>
    public double UpperBound { get; init; } = double.PositiveInfinity;

    /// <summary>True when the signed log <c>sign(x) log1p(|x|)</c> is applied after imputation (skewed columns with negative values).</summary>
    public bool SignedLog { get; init; }

    /// <summary>Levels of a categorical column that encode as the block's centre (all indicators at their centre) because a merged <see cref="FeatureKind.Indicator"/> feature carries them.</summary>
    public IReadOnlyList<string> NeutralLevels { get; init; } = [];

    /// <summary>For <see cref="FeatureKind.Indicator"/>: the conditions, any of which sets the indicator to 1; empty otherwise.</summary>
    public IReadOnlyList<IndicatorSource> Sources { get; init; } = [];

    /// <summary>The column's weight.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The index of the column's first feature in the feature vector.</summary>
    public int FirstFeature { get; init; }

    /// <summary>The names of the column's features, in order (for example <c>Income</c>, <c>Income (missing)</c> or <c>Region=North</c>).</summary>
    public required IReadOnlyList<string> FeatureNames { get; init; }

    /// <summary>The feature indices this column writes.</summary>
    public IEnumerable<int> FeatureIndices => Enumerable.Range(FirstFeature, FeatureNames.Count);
}
