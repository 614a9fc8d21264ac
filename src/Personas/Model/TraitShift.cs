using Personas.Features;

namespace Personas.Model;

/// <summary>
/// How one feature of a persona moved between the previous quarter and this one. Both quarters are described in the
/// previous model's feature space, so the numbers are comparable even when the feature plan was refitted; the values in
/// the data's units (<see cref="PreviousValue"/>, <see cref="CurrentValue"/>) come from inverting that plan's encoding.
/// </summary>
/// <param name="Feature">The feature name (for example <c>Income</c>, <c>Region=North</c> or <c>Age (missing)</c>).</param>
/// <param name="PreviousMean">The persona's mean of the feature last quarter, in feature units (scaled).</param>
/// <param name="CurrentMean">The persona's mean this quarter, in feature units.</param>
/// <param name="EffectSize">
/// For a mean (<see cref="FeatureMeasure.Mean"/>, <see cref="FeatureMeasure.TypicalValue"/>): Cohen's d of this quarter
/// against last, <c>(current mean - previous mean) / pooled standard deviation</c>, the standard deviations being those of
/// the persona's customers in each quarter (scaling does not change d, so it equals d in original units, after
/// <c>log1p</c> where the plan applies it). For a share (<see cref="FeatureMeasure.Share"/>,
/// <see cref="FeatureMeasure.MissingShare"/>): Cohen's h, <c>2 asin(sqrt(p2)) - 2 asin(sqrt(p1))</c>.
/// </param>
public sealed record TraitShift(string Feature, double PreviousMean, double CurrentMean, double EffectSize)
{
    /// <summary>The source column of the feature.</summary>
    /// <value>The default is <see cref="Feature"/>.</value>
    public string Column { get; init; } = Feature;

    /// <summary>The level of a categorical column (<c>yes</c> for a boolean one), or null.</summary>
    public string? Level { get; init; }

    /// <summary>What <see cref="PreviousValue"/> and <see cref="CurrentValue"/> are: a mean, a typical value, a share or the share of missing values.</summary>
    /// <value>The default is <see cref="FeatureMeasure.Mean"/>.</value>
    public FeatureMeasure Measure { get; init; } = FeatureMeasure.Mean;

    /// <summary>The persona's value last quarter in the data's units (a share is 0..1).</summary>
    /// <value>The default is <see cref="PreviousMean"/>.</value>
    public double PreviousValue { get; init; } = PreviousMean;

    /// <summary>The persona's value this quarter in the data's units.</summary>
    /// <value>The default is <see cref="CurrentMean"/>.</value>
    public double CurrentValue { get; init; } = CurrentMean;

    /// <summary>True for a share (the effect size is Cohen's h), false for a mean (Cohen's d).</summary>
    public bool IsShare => Measure is FeatureMeasure.Share or FeatureMeasure.MissingShare;
}
