namespace Personas.Journeys.Attribution;

/// <summary>Settings of the attribution models.</summary>
public sealed record AttributionOptions
{
    /// <summary>The order k of the Markov chain (states are the last k touchpoints).</summary>
    /// <value>The default is 1.</value>
    public int MarkovOrder { get; init; } = 1;

    /// <summary>The half-life of the time-decay model, in days: a touch this long before the conversion gets half the weight of one at the conversion.</summary>
    /// <value>The default is 7.</value>
    public double TimeDecayHalfLifeDays { get; init; } = 7;

    /// <summary>The number of bootstrap resamples of journeys for confidence intervals of the Markov shares; 0 turns them off.</summary>
    /// <value>The default is 0 (off).</value>
    public int BootstrapResamples { get; init; }

    /// <summary>The confidence level of the bootstrap intervals.</summary>
    /// <value>The default is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The seed of the bootstrap.</summary>
    /// <value>The default is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>The highest Markov order (states are tuples of this many touchpoints; the state space grows exponentially).</summary>
    public const int MaxMarkovOrder = 8;

    /// <summary>The most bootstrap resamples.</summary>
    public const int MaxBootstrapResamples = 10_000;

    /// <summary>Checks every option against its allowed values.</summary>
    /// <exception cref="OptionValueException">An option is out of range; the exception names it (<c>AttributionOptions.MarkovOrder</c>, ...).</exception>
    public void Validate()
    {
        const string n = nameof(AttributionOptions) + ".";
        OptionValueException.Range(MarkovOrder, 1, MaxMarkovOrder, n + nameof(MarkovOrder));
        OptionValueException.Range(BootstrapResamples, 0, MaxBootstrapResamples, n + nameof(BootstrapResamples), "(0 = no intervals)");
        OptionValueException.Range(TimeDecayHalfLifeDays, 1e-6, 36500, n + nameof(TimeDecayHalfLifeDays));
        OptionValueException.Range(ConfidenceLevel, 0.5, 0.9999, n + nameof(ConfidenceLevel));
    }
}
