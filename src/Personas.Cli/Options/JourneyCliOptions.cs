using System.CommandLine;
using Personas.Journeys;

namespace Personas.Cli.Options;

/// <summary>How journeys are analysed: --split, --gap-days, --post-purchase-touchpoints, --lookback-days, --collapse-repeats, --max-variants, --min-count, --markov-order, --stages.</summary>
internal sealed class JourneyCliOptions
{
    private static readonly JourneyOptions Defaults = new();

    public Option<string> Split { get; } = CliOptions.Choice(
        "--split",
        "what one journey is: auto (purchase journeys, but a --journey-column or process-mining case ids such as case:concept:name keep their journeys), purchase (from a first touch to its purchase plus the post-purchase touches after it, ended by --gap-days without a touch), customer (all of a customer's events: splitting off), journey (each --journey-column value), conversion (the events up to each conversion) or gap (split at --gap-days without a touch)",
        "auto", "purchase", "customer", "journey", "conversion", "gap");

    public Option<int> GapDays { get; } = CliOptions.Int("--gap-days", "the days without a touch that end a journey (--split auto, purchase or gap)", "N", (int)Defaults.InactivityGap.TotalDays).Bind("JourneyOptions.InactivityGap");

    public Option<string[]> PostPurchaseTouchpoints { get; } = CliOptions.List("--post-purchase-touchpoints", "the touchpoints that come after a purchase (delivery, support, review): they continue the purchase's journey, never start one and get no conversion credit; 'none' for none", "T1,T2", "the post-purchase stage of the stage column or mapping");

    public Option<int?> LookbackDays { get; } = CliOptions.OptionalInt("--lookback-days", "only events within N days before each conversion count", "N", "no limit").Bind("JourneyOptions.LookbackWindow");

    public Option<bool?> CollapseRepeats { get; } = new("--collapse-repeats")
    {
        Description = "count immediate repeats of a touchpoint once in paths: --collapse-repeats, --collapse-repeats true|false (default: on for purchase journeys, off for cases and whole histories)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<int> MaxVariants { get; } = CliOptions.Int("--max-variants", "path variants listed; the rest are grouped as \"other\"", "N", Defaults.MaxVariants).Bind("JourneyOptions.MaxVariants");

    public Option<int> MinCount { get; } = CliOptions.Int("--min-count", "the fewest journeys on each side (the persona and the other personas) before a persona's wait on a step is compared", "N", Defaults.MinCount).Bind("JourneyOptions.MinCount");

    public Option<int> MarkovOrder { get; } = CliOptions.Int("--markov-order", "the order of the Markov attribution model", "K", Defaults.Attribution.MarkovOrder).Bind("AttributionOptions.MarkovOrder");

    public Option<string?> Stages { get; } = CliOptions.Text("--stages", "touchpoint -> stage mapping (JSON or CSV)", "FILE", "the built-in mapping of common touchpoints");

    public IEnumerable<Option> All => [Split, GapDays, PostPurchaseTouchpoints, LookbackDays, CollapseRepeats, MaxVariants, MinCount, MarkovOrder, Stages];

    /// <summary>The journey options, validated by the library.</summary>
    public JourneyOptions Read(ParseResult r)
    {
        var split = r.GetValue(Split) switch
        {
            "purchase" => JourneySplit.Purchase,
            "customer" => JourneySplit.PerCustomer,
            "journey" => JourneySplit.JourneyColumn,
            "conversion" => JourneySplit.AtConversion,
            "gap" => JourneySplit.InactivityGap,
            _ => JourneySplit.Auto,
        };
        if (r.Given(GapDays) && split is JourneySplit.PerCustomer or JourneySplit.JourneyColumn or JourneySplit.AtConversion)
        {
            throw new UsageException("--gap-days applies to --split auto, purchase or gap; leave it out with --split " + r.GetValue(Split));
        }

        var post = r.GetValue(PostPurchaseTouchpoints) is { Length: > 0 } list ? list : null;
        var lookback = r.GetValue(LookbackDays);
        var options = Defaults with
        {
            Split = split,
            InactivityGap = TimeSpan.FromDays(r.GetValue(GapDays)),
            PostPurchaseTouchpoints = post is null ? null : post is ["none"] ? [] : post,
            LookbackWindow = lookback is { } l ? TimeSpan.FromDays(l) : null,
            CollapseRepeats = r.Given(CollapseRepeats) ? r.GetValue(CollapseRepeats) ?? true : null,
            MaxVariants = r.GetValue(MaxVariants),
            MinCount = r.GetValue(MinCount),
            Stages = r.GetValue(Stages) is { } file ? StageModel.LoadFile(InputFiles.Require(file, "--stages")) : Defaults.Stages,
            Attribution = Defaults.Attribution with { MarkovOrder = r.GetValue(MarkovOrder) },
        };
        options.Validate();
        return options;
    }

    /// <summary>The options of this group the user gave.</summary>
    public IEnumerable<Option> Given(ParseResult r) => All.Where(o => r.Given(o));
}
