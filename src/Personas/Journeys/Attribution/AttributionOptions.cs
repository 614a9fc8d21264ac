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

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MarkovOrder, 1, nameof(MarkovOrder));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MarkovOrder, 8, nameof(MarkovOrder));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TimeDecayHalfLifeDays, nameof(TimeDecayHalfLifeDays));
        ArgumentOutOfRangeException.ThrowIfNegative(BootstrapResamples, nameof(BootstrapResamples));
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "Expected a confidence level between 0 and 1.");
        }
    }
}
