namespace Personas.Model;

/// <summary>
/// How one feature of a persona moved between the previous quarter and this one. Both quarters are described in the
/// previous model's feature space, so the numbers are comparable even when the feature plan was refitted.
/// </summary>
/// <param name="Feature">The feature name (for example <c>Income</c> or <c>Region=North</c>).</param>
/// <param name="PreviousMean">The persona's mean of the feature last quarter, in feature units (scaled).</param>
/// <param name="CurrentMean">The persona's mean this quarter, in feature units.</param>
/// <param name="EffectSize">
/// Cohen's d of this quarter against last: <c>(current mean - previous mean) / pooled standard deviation</c>, the
/// standard deviations being those of the persona's customers in each quarter weighted by the persona sizes. Scaling
/// does not change d, so it equals d in original units (after <c>log1p</c> where the plan applies it).
/// </param>
public sealed record TraitShift(string Feature, double PreviousMean, double CurrentMean, double EffectSize);
