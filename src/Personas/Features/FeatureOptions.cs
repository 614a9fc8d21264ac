namespace Personas.Features;

/// <summary>Options for learning a <see cref="FeaturePlan"/>.</summary>
public sealed record FeatureOptions
{
    /// <summary>How numeric features are scaled.</summary>
    /// <value>The default is <see cref="ScalingMethod.ZScore"/>.</value>
    public ScalingMethod Scaling { get; init; } = ScalingMethod.ZScore;

    /// <summary>Whether strongly right-skewed non-negative numeric columns get <c>log1p</c> before scaling (each such decision is reported).</summary>
    /// <value>The default is true.</value>
    public bool AutoLog { get; init; } = true;

    /// <summary>The sample skewness (Fisher-Pearson, <c>g1</c>) above which <see cref="AutoLog"/> applies <c>log1p</c>.</summary>
    /// <value>The default is 1.0.</value>
    public double SkewnessThreshold { get; init; } = 1.0;

    /// <summary>Weights per source column name (a weight multiplies all of the column's features); columns not listed weigh 1.</summary>
    /// <value>The default is null (every column weighs 1).</value>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>A numeric column with more than this share of missing values gets an extra missing-indicator feature.</summary>
    /// <value>The default is 0.05.</value>
    public double MissingIndicatorThreshold { get; init; } = 0.05;

    /// <summary>When set, only these source columns are used (their roles still decide whether they can be features).</summary>
    /// <value>The default is null (all feature columns).</value>
    public IReadOnlyCollection<string>? Columns { get; init; }

    /// <summary>Source columns never used as features.</summary>
    /// <value>The default is null (none excluded).</value>
    public IReadOnlyCollection<string>? Exclude { get; init; }
}
