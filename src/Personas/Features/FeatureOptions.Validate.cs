namespace Personas.Features;

/// <content>Validation: the one place that states the limits of every feature option.</content>
public sealed partial record FeatureOptions
{
    /// <summary>
    /// Checks every option against its allowed values, without a table (column names are checked against the table by
    /// <see cref="FeaturePlan.Learn"/>).
    /// </summary>
    /// <exception cref="OptionValueException">An option is out of range; the exception names it (<c>FeatureOptions.Weights</c>, ...).</exception>
    public void Validate()
    {
        const string n = nameof(FeatureOptions) + ".";
        if (!(MissingIndicatorThreshold >= 0 && MissingIndicatorThreshold <= 1))
        {
            throw new OptionValueException(n + nameof(MissingIndicatorThreshold), MissingIndicatorThreshold, "a share from 0 to 1");
        }

        if (!double.IsFinite(SkewnessThreshold))
        {
            throw new OptionValueException(n + nameof(SkewnessThreshold), SkewnessThreshold, "a finite number");
        }

        if (!(RareFlagShare >= 0 && RareFlagShare < 0.5))
        {
            throw new OptionValueException(n + nameof(RareFlagShare), RareFlagShare, "a share of at least 0 and below 0.5 (0 turns the cap off)");
        }

        foreach (var (name, weight) in Weights ?? new Dictionary<string, double>())
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new OptionValueException(n + nameof(Weights), $"{name}={weight.ToString(System.Globalization.CultureInfo.InvariantCulture)}", $"a finite weight of at least 0 for column '{name}'");
            }
        }

        foreach (var (name, value) in Sentinels ?? new Dictionary<string, double>())
        {
            if (!double.IsFinite(value))
            {
                throw new OptionValueException(n + nameof(Sentinels), $"{name}={value.ToString(System.Globalization.CultureInfo.InvariantCulture)}", $"a finite sentinel value for column '{name}'");
            }
        }

        var forced = ForcedFeatures ?? [];
        if (forced.FirstOrDefault(f => (Outcomes?.Contains(f) ?? false) || (DescribeOnly?.Contains(f) ?? false)) is { } both)
        {
            throw new OptionValueException(n + nameof(ForcedFeatures), both, "columns that are not also named as outcomes or describe-only (give each column one role)");
        }

        if (Outcomes?.FirstOrDefault(f => DescribeOnly?.Contains(f) ?? false) is { } twice)
        {
            throw new OptionValueException(n + nameof(DescribeOnly), twice, "columns that are not also named as outcomes (an outcome is always shown on the cards)");
        }
    }
}
