namespace Personas.Features;

/// <summary>Options for learning a <see cref="FeaturePlan"/>.</summary>
public sealed partial record FeatureOptions
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

    /// <summary>
    /// Whether columns that record an outcome rather than describe the customer are found by their name and values and kept
    /// out of the features (they are profiled as outcome KPIs instead): yes/no columns named like response, accepted*,
    /// churn*, converted, conversion, purchased, revenue, y, target, label, outcome, complain*, exited, attrition or default,
    /// and, when there is an outcome, a call's duration (known only after the outcome). Every such decision is reported.
    /// </summary>
    /// <value>The default is true.</value>
    public bool DetectOutcomes { get; init; } = true;

    /// <summary>Columns that are outcomes (profiled as KPIs, never clustered on), in addition to the detected ones.</summary>
    /// <value>The default is null (none besides the detected ones).</value>
    public IReadOnlyCollection<string>? Outcomes { get; init; }

    /// <summary>Columns that are features even though they were detected as outcomes (or as encodings merged into another column).</summary>
    /// <value>The default is null (none).</value>
    public IReadOnlyCollection<string>? ForcedFeatures { get; init; }

    /// <summary>Columns that are not clustered on but are still profiled on the persona cards (unlike <see cref="Exclude"/>).</summary>
    /// <value>The default is null (none).</value>
    public IReadOnlyCollection<string>? DescribeOnly { get; init; }

    /// <summary>
    /// Whether a code for "missing" or "not applicable" at the edge of a numeric column's range (a sentinel such as
    /// <c>-1</c>, <c>999</c> or <c>9999</c>) is found and treated as missing, with an indicator feature when it is common.
    /// </summary>
    /// <value>The default is true.</value>
    public bool DetectSentinels { get; init; } = true;

    /// <summary>Sentinel values by column name (treated as missing with an indicator), in addition to the detected ones.</summary>
    /// <value>The default is null (none besides the detected ones).</value>
    public IReadOnlyDictionary<string, double>? Sentinels { get; init; }

    /// <summary>
    /// Whether values far outside the rest of a numeric column (beyond 3 interquartile ranges from the quartiles, at most
    /// 0.5% of the values, such as a birth year 1893 or an income of 666,666 among incomes below 200,000) are reported as
    /// implausible and clipped to the nearest plausible value for clustering, so that they cannot form a persona of their own.
    /// </summary>
    /// <value>The default is true.</value>
    public bool ClipImplausible { get; init; } = true;

    /// <summary>
    /// Whether one fact recorded in several columns (a level such as "No internet service" repeated in seven columns, or a
    /// sentinel and a level that mark the same customers) becomes one indicator feature instead of counting once per column.
    /// </summary>
    /// <value>The default is true.</value>
    public bool MergeRepeatedLevels { get; init; } = true;

    /// <summary>
    /// A yes/no feature whose rarer value is held by fewer than this share of the customers is weighted as if it were held
    /// by this share, so that one rare flag cannot form a persona of its own; 0 turns the cap off.
    /// </summary>
    /// <value>The default is 0.02.</value>
    public double RareFlagShare { get; init; } = 0.02;
}
