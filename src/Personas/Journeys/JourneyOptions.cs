using Personas.Journeys.Attribution;

namespace Personas.Journeys;

/// <summary>How journeys are counted and analysed.</summary>
/// <example>
/// <code>
/// var options = new JourneyOptions { InactivityGap = TimeSpan.FromDays(14), PostPurchaseTouchpoints = ["delivery", "support", "review"], Stages = StageModel.LoadFile("stages.json") };
/// </code>
/// </example>
public sealed record JourneyOptions
{
    /// <summary>How a customer's history is cut into journeys.</summary>
    /// <value>
    /// The default is <see cref="JourneySplit.Auto"/>: purchase journeys (<see cref="JourneySplit.Purchase"/>), except
    /// that a journey column or process-mining case ids keep each journey or case whole.
    /// </value>
    public JourneySplit Split { get; init; } = JourneySplit.Auto;

    /// <summary>The inactivity that ends a journey with <see cref="JourneySplit.Purchase"/> and <see cref="JourneySplit.InactivityGap"/>.</summary>
    /// <value>The default is 30 days.</value>
    public TimeSpan InactivityGap { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The touchpoints that are post-purchase (delivery, support, review, ...): they continue the journey of the purchase
    /// before them, never start one, and get no conversion credit. Null takes them from the stages: events whose stage
    /// (stage column, else the mapping) is the post-purchase stage. An empty list means none.
    /// </summary>
    /// <value>The default is null (from the stage column or mapping).</value>
    public IReadOnlyList<string>? PostPurchaseTouchpoints { get; init; }

    /// <summary>When set, a journey keeps only the events within this window before its last conversion (or its last event when it does not convert).</summary>
    /// <value>The default is null (no limit).</value>
    public TimeSpan? LookbackWindow { get; init; }

    /// <summary>
    /// Whether immediate repeats of a touchpoint are collapsed when forming paths (variants, typical paths, the journey
    /// map); event counts and the directly-follows graph always keep every event. Null collapses for purchase journeys
    /// and keeps cases and whole histories as they are (process-mining variants).
    /// </summary>
    /// <value>The default is null (collapsed for <see cref="JourneySplit.Purchase"/> only).</value>
    public bool? CollapseRepeats { get; init; }

    /// <summary>A path is named as typical (on cards: "typical path") only when it covers at least this share of its journeys.</summary>
    /// <value>The default is 0.10.</value>
    public double TypicalPathMinShare { get; init; } = 0.10;

    /// <summary>The fewest journeys on each side (the persona and the other personas) before a wait is compared.</summary>
    /// <value>The default is 20.</value>
    public int MinCount { get; init; } = 20;

    /// <summary>A persona waits notably longer on a step when its median is at least this many times the other personas' median.</summary>
    /// <value>The default is 2.</value>
    public double SlowerWaitRatio { get; init; } = 2;

    /// <summary>The smallest |Cohen's h| for a touchpoint or transition share to count as a persona difference (0.2 is a small effect), so that large event logs do not turn trivial differences into findings.</summary>
    /// <value>The default is 0.2.</value>
    public double MinEffectSize { get; init; } = 0.2;

    /// <summary>The step columns of the journey map (<see cref="JourneySummary.StepMap"/>); longer paths are drawn up to this step, then to their outcome.</summary>
    /// <value>The default is 5.</value>
    public int MapSteps { get; init; } = 5;

    /// <summary>Touchpoints at a step with fewer than this share of the journeys are grouped as "other" in the journey map.</summary>
    /// <value>The default is 0.03.</value>
    public double MapMinShare { get; init; } = 0.03;

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

    /// <summary>
    /// How the stage funnel counts customers: <see cref="FunnelKind.Closed"/> counts each customer at every step up to
    /// the furthest one reached (a later stage implies the earlier ones); <see cref="FunnelKind.Open"/> counts a customer
    /// at each step it reaches directly (an event in that stage; bought, post-purchase and repurchase by their rules).
    /// </summary>
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
        OptionValueException.Range(SlowerWaitRatio, 1, 1e6, n + nameof(SlowerWaitRatio));
        OptionValueException.Range(MinCount, 1, int.MaxValue, n + nameof(MinCount));
        OptionValueException.Range(MapSteps, 1, 50, n + nameof(MapSteps));
        OptionValueException.Range(TypicalPathMinShare, 1e-9, 1, n + nameof(TypicalPathMinShare));
        OptionValueException.Range(MapMinShare, 0, 0.5, n + nameof(MapMinShare));
        OptionValueException.Range(MinEffectSize, 0, 10, n + nameof(MinEffectSize));
        if (!Enum.IsDefined(Split))
        {
            throw new OptionValueException(n + nameof(Split), Split, "one of " + string.Join(", ", Enum.GetNames<JourneySplit>()));
        }

        if (PostPurchaseTouchpoints is { } post && post.Any(string.IsNullOrWhiteSpace))
        {
            throw new OptionValueException(n + nameof(PostPurchaseTouchpoints), string.Join(",", post), "touchpoint names (none empty)");
        }
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
