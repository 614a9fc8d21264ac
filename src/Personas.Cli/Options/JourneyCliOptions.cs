using System.CommandLine;
using Personas.Journeys;

namespace Personas.Cli.Options;

/// <summary>How journeys are analysed: --split, --gap-days, --lookback-days, --collapse-repeats, --max-variants, --markov-order, --stages.</summary>
internal sealed class JourneyCliOptions
{
    private static readonly JourneyOptions Defaults = new();

    public Option<string> Split { get; } = CliOptions.Choice("--split", "what one journey is: all of a customer's events, the events up to each conversion, or events split at an inactivity gap", "customer", "conversion", "gap");

    public Option<int> GapDays { get; } = CliOptions.Int("--gap-days", "the inactivity gap for --split gap, in days", "N", (int)Defaults.InactivityGap.TotalDays).Bind("JourneyOptions.InactivityGap");

    public Option<int?> LookbackDays { get; } = CliOptions.OptionalInt("--lookback-days", "only events within N days before each conversion count", "N", "no limit").Bind("JourneyOptions.LookbackWindow");

    public Option<bool> CollapseRepeats { get; } = CliOptions.Flag("--collapse-repeats", "collapse immediate repeats of a touchpoint in path variants");

    public Option<int> MaxVariants { get; } = CliOptions.Int("--max-variants", "path variants listed; the rest are grouped as \"other\"", "N", Defaults.MaxVariants).Bind("JourneyOptions.MaxVariants");

    public Option<int> MarkovOrder { get; } = CliOptions.Int("--markov-order", "the order of the Markov attribution model", "K", Defaults.Attribution.MarkovOrder).Bind("AttributionOptions.MarkovOrder");

    public Option<string?> Stages { get; } = CliOptions.Text("--stages", "touchpoint -> stage mapping (JSON or CSV)", "FILE", "the built-in mapping of common touchpoints");

    public IEnumerable<Option> All => [Split, GapDays, LookbackDays, CollapseRepeats, MaxVariants, MarkovOrder, Stages];

    /// <summary>The journey options, validated by the library.</summary>
    public JourneyOptions Read(ParseResult r)
    {
        var split = r.GetValue(Split) switch
        {
            "conversion" => JourneySplit.AtConversion,
            "gap" => JourneySplit.InactivityGap,
            _ => JourneySplit.PerCustomer,
        };
        if (r.Given(GapDays) && split != JourneySplit.InactivityGap)
        {
            throw new UsageException("--gap-days applies to --split gap; add --split gap or leave it out");
        }

        var lookback = r.GetValue(LookbackDays);
        var options = Defaults with
        {
            Split = split,
            InactivityGap = TimeSpan.FromDays(r.GetValue(GapDays)),
            LookbackWindow = lookback is { } l ? TimeSpan.FromDays(l) : null,
            CollapseRepeats = r.GetValue(CollapseRepeats),
            MaxVariants = r.GetValue(MaxVariants),
            Stages = r.GetValue(Stages) is { } file ? StageModel.LoadFile(InputFiles.Require(file, "--stages")) : Defaults.Stages,
            Attribution = Defaults.Attribution with { MarkovOrder = r.GetValue(MarkovOrder) },
        };
        options.Validate();
        return options;
    }

    /// <summary>The options of this group the user gave.</summary>
    public IEnumerable<Option> Given(ParseResult r) => All.Where(o => r.Given(o));
}
