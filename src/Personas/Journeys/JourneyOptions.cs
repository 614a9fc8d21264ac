using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>How journeys are counted and analysed.</summary>
/// <example>
/// <code>
/// var options = new JourneyOptions { Split = JourneySplit.AtConversion, CollapseRepeats = true, Stages = StageModel.LoadFile("stages.json") };
/// </code>
/// </example>
public sealed record JourneyOptions
{
    /// <summary>How a customer's history is cut into journeys.</summary>
    /// <value>The default is <see cref="JourneySplit.PerCustomer"/>.</value>
    public JourneySplit Split { get; init; } = JourneySplit.PerCustomer;

    /// <summary>The inactivity that starts a new journey with <see cref="JourneySplit.InactivityGap"/>.</summary>
    /// <value>The default is 30 days.</value>
    public TimeSpan InactivityGap { get; init; } = TimeSpan.FromDays(30);

    /// <summary>When set, a journey keeps only the events within this window before its last conversion (or its last event when it does not convert).</summary>
    /// <value>The default is null (no limit).</value>
    public TimeSpan? LookbackWindow { get; init; }

    /// <summary>Whether immediate repeats of a touchpoint are collapsed when forming path variants.</summary>
    /// <value>The default is false.</value>
    public bool CollapseRepeats { get; init; }

    /// <summary>The number of most frequent variants listed; the rest are grouped as "other".</summary>
    /// <value>The default is 20.</value>
    public int MaxVariants { get; init; } = 20;

    /// <summary>
    /// The stages and the touchpoint-to-stage mapping. A stage column in the events wins over the mapping; when none of
    /// its values names a stage of this model (aliases included), the column's own stages are used instead, ordered by
    /// their mean position in customers' histories.
    /// </summary>
    /// <value>The default is <see cref="StageModel.Default"/> (five stages, common touchpoint names mapped).</value>
    public StageModel Stages { get; init; } = StageModel.Default;

    /// <summary>Whether the stage funnel is closed or open.</summary>
    /// <value>The default is <see cref="FunnelKind.Closed"/>.</value>
    public FunnelKind StageFunnelKind { get; init; } = FunnelKind.Closed;

    /// <summary>Funnels over touchpoints.</summary>
    /// <value>The default is none.</value>
    public IReadOnlyList<FunnelDefinition> Funnels { get; init; } = [];

    /// <summary>Attribution settings (Markov order, time-decay half-life, bootstrap, seed).</summary>
    /// <value>The default is <see cref="AttributionOptions"/> with its defaults (order 1, half-life 7 days, no bootstrap, seed 42).</value>
    public AttributionOptions Attribution { get; init; } = new();

    /// <summary>The false discovery rate for persona differences (Benjamini-Hochberg).</summary>
    /// <value>The default is 0.05.</value>
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>A stage is a long wait when its median time to the next stage is at least this many times the median of all stages' median waits.</summary>
    /// <value>The default is 3.</value>
    public double LongWaitFactor { get; init; } = 3;

    private static void Days(TimeSpan value, string option)
    {
        if (!(value > TimeSpan.Zero && value.TotalDays <= MaxDays))
        {
            throw new OptionValueException(option, value.TotalDays, $"a positive number of days, at most {MaxDays}");
        }
    }

    /// <summary>The longest inactivity gap or lookback window, in days.</summary>
    public const int MaxDays = 36500;

    /// <summary>Checks every option against its allowed values.</summary>
    /// <exception cref="OptionValueException">An option is out of range; the exception names it (<c>JourneyOptions.InactivityGap</c>, ...).</exception>
    /// <exception cref="ArgumentException">A funnel has fewer than two steps.</exception>
    public void Validate()
    {
        const string n = nameof(JourneyOptions) + ".";
        ArgumentNullException.ThrowIfNull(Stages);
        ArgumentNullException.ThrowIfNull(Funnels);
        ArgumentNullException.ThrowIfNull(Attribution);
        Attribution.Validate();
        OptionValueException.Range(MaxVariants, 1, 100_000, n + nameof(MaxVariants));
        Days(InactivityGap, n + nameof(InactivityGap));
        if (LookbackWindow is { } w)
        {
            Days(w, n + nameof(LookbackWindow));
        }

        OptionValueException.Range(SignificanceLevel, 1e-12, 0.5, n + nameof(SignificanceLevel));
        OptionValueException.Range(LongWaitFactor, 1 + 1e-9, 1e6, n + nameof(LongWaitFactor));
        foreach (var f in Funnels)
        {
            ArgumentNullException.ThrowIfNull(f, nameof(Funnels));
            if (f.Steps is null || f.Steps.Count < 2)
            {
                throw new ArgumentException($"Funnel '{f.Name}' needs at least two steps.", nameof(Funnels));
            }
        }
    }
}
