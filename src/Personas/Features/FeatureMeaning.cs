namespace Personas.Features;

/// <summary>
/// What one feature of a <see cref="FeaturePlan"/> measures, and how a group mean of it reads in the data's units: the
/// inverse of the plan's scaling, weight and <c>log1p</c> (see <see cref="FeaturePlan.Meanings"/>).
/// </summary>
/// <param name="Feature">The feature name (for example <c>income</c>, <c>region=North</c>, <c>age (missing)</c>).</param>
/// <param name="Column">The source column.</param>
/// <param name="Level">The level of a categorical column, <c>yes</c> for a boolean one, or null for a numeric one or a missing indicator.</param>
/// <param name="Measure">What the group mean is in data units.</param>
/// <param name="Weight">The column's weight (a feature of weight 0 carries no information).</param>
/// <param name="Scale">What one feature unit is in the transformed data (the plan's scale divided by the weight).</param>
/// <param name="Offset">What a feature value of 0 is in the transformed data (the plan's centre, or the level's learned share).</param>
public sealed record FeatureMeaning(string Feature, string Column, string? Level, FeatureMeasure Measure, double Weight, double Scale, double Offset)
{
    /// <summary>The value in data units of a group's mean feature value: a mean, a typical value or a share.</summary>
    /// <param name="featureMean">The mean of the feature over the group.</param>
    /// <returns>The value in data units; NaN when the feature carries no information (weight 0).</returns>
    public double ToDataUnits(double featureMean)
    {
        if (Weight == 0 || !double.IsFinite(featureMean))
        {
            return double.NaN;
        }

        var t = (featureMean * Scale) + Offset;
        return Measure switch
        {
            FeatureMeasure.TypicalValue => Math.Exp(t) - 1,
            FeatureMeasure.Share or FeatureMeasure.MissingShare => Math.Clamp(t, 0, 1),
            _ => t,
        };
    }

    /// <summary>A group's spread of the feature in the plan's scaled units (the feature's standard deviation over its weight).</summary>
    /// <param name="featureStandardDeviation">The standard deviation of the feature over the group.</param>
    /// <returns>The spread; 0 when the weight is 0.</returns>
    public double ScaledSpread(double featureStandardDeviation) => Weight == 0 ? 0 : featureStandardDeviation / Math.Abs(Weight);
}
