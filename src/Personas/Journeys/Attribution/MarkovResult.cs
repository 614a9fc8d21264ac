namespace Personas.Journeys.Attribution;

/// <summary>The result of Markov-chain attribution: the chain, the removal effect of every touchpoint and its credited conversions (and value).</summary>
public sealed class MarkovResult
{
    internal MarkovResult(int order, double conversionProbability, IReadOnlyDictionary<string, double> removalEffects, IReadOnlyDictionary<string, double> conversions, IReadOnlyDictionary<string, double>? values, IReadOnlyList<MarkovTransition> transitions, int stateCount, IReadOnlyDictionary<string, ShareInterval>? intervals, int resamples)
    {
        Order = order;
        ConversionProbability = conversionProbability;
        RemovalEffects = removalEffects;
        Conversions = conversions;
        Values = values;
        Transitions = transitions;
        StateCount = stateCount;
        ShareIntervals = intervals;
        BootstrapResamples = resamples;
        var total = conversions.Values.Sum();
        Shares = conversions.ToDictionary(kv => kv.Key, kv => total > 0 ? kv.Value / total : 0, StringComparer.Ordinal);
    }

    /// <summary>The order k of the chain.</summary>
    public int Order { get; }

    /// <summary>The probability of reaching the conversion state from the start.</summary>
    public double ConversionProbability { get; }

    /// <summary>For each touchpoint, 1 - P(conversion without it) / P(conversion).</summary>
    public IReadOnlyDictionary<string, double> RemovalEffects { get; }

    /// <summary>For each touchpoint, its removal effect over the sum of removal effects times the total conversions.</summary>
    public IReadOnlyDictionary<string, double> Conversions { get; }

    /// <summary>For each touchpoint, its share of the conversions (0 to 1).</summary>
    public IReadOnlyDictionary<string, double> Shares { get; }

    /// <summary>For each touchpoint, its credited conversion value (same shares applied to the total value), or null without values.</summary>
    public IReadOnlyDictionary<string, double>? Values { get; }

    /// <summary>Every transition with its weight and probability.</summary>
    public IReadOnlyList<MarkovTransition> Transitions { get; }

    /// <summary>The number of touchpoint states (k-tuples for order k).</summary>
    public int StateCount { get; }

    /// <summary>Bootstrap confidence intervals of each touchpoint's share, or null when not requested.</summary>
    public IReadOnlyDictionary<string, ShareInterval>? ShareIntervals { get; }

    /// <summary>The number of bootstrap resamples behind <see cref="ShareIntervals"/> (0 when off).</summary>
    public int BootstrapResamples { get; }

    /// <summary>The probability of moving from one state to another (0 when the transition never occurs).</summary>
    /// <param name="from">The source state name, for example <c>a</c> or <c>(start)</c>.</param>
    /// <param name="to">The target state name, for example <c>b</c>, <c>(conversion)</c> or <c>(null)</c>.</param>
    /// <returns>The probability.</returns>
    public double TransitionProbability(string from, string to)
    {
        foreach (var t in Transitions)
        {
            if (t.From == from && t.To == to)
            {
                return t.Probability;
            }
        }

        return 0;
    }
}
