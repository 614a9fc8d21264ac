using System.Globalization;
using Personas.Data;
using Personas.Journeys;

namespace Personas.Cli.Commands;

/// <summary><c>personas journeys</c>: touchpoint events to paths, directly-follows graph, stage funnel and attribution, overall and per persona.</summary>
internal static class JourneysCommand
{
    public const string Usage = "personas journeys --events FILE [--customer-column C] [--touchpoint-column C] [--timestamp-column C] [--assignments FILE.csv] [--stages FILE] --out DIR";

    public static readonly CommandSpec Spec = new(Usage, Help, CommandTable.Flags("collapse-repeats", "fail-on-bad-rows"), Run);

    private const string Help = """
        personas journeys: each persona's paths, stage funnel, bottlenecks and attribution from touchpoint events.

          --events FILE               events (CSV/TSV/.gz): one row per touchpoint
          --customer-column C         default customer_id   (process mining: case:concept:name)
          --touchpoint-column C       default touchpoint    (process mining: concept:name)
          --timestamp-column C        default timestamp     (process mining: time:timestamp); offsets -> UTC, naive = UTC
          --stage-column C            default stage (used when present)
          --event-type-column C       default event_type (purchase/conversion/order rows are conversions)
          --value-column C            default value
          --sequence-column C         breaks timestamp ties (then input order)
          --assignments FILE.csv      customer_id,persona_id (assignments.csv of 'personas build'): adds byPersona
          --stages FILE               touchpoint -> stage mapping (JSON or CSV)
          --split customer|conversion|gap   one journey per customer (default), split at each conversion, or at inactivity
          --gap-days N                inactivity gap for --split gap (default 30)
          --lookback-days N           only events within N days before each conversion
          --collapse-repeats          collapse immediate repeats of a touchpoint in variants
          --max-variants N            variants listed (default 20; the rest grouped as "other")
          --markov-order K            Markov attribution order (default 1)
          --fail-on-bad-rows          stop at the first bad row instead of excluding it
          --out DIR                   writes DIR/journeys.json

        """;

    private static int Run(CliArgs args, CliContext ctx)
    {
        var eventsFile = args.Require("events");
        var outDir = args.Require("out");
        var readOptions = ReadOptions(args);
        var journeyOptions = JourneyOptionsFrom(args);
        var assignmentsFile = args.Get("assignments");
        args.EnsureAllUsed();

        var log = EventLogReader.ReadFile(eventsFile, readOptions, ctx.Progress, ctx.CancellationToken);
        var personas = assignmentsFile is null ? null : AssignmentsFile.Read(assignmentsFile);
        var map = JourneyAnalyzer.Analyze(log, journeyOptions, personas, ctx.Progress, ctx.CancellationToken);
        using var output = new OutputFolder(outDir);
        output.WriteText("journeys.json", JourneyJson.Serialize(map));
        output.Commit();
        var o = map.Overall;
        ctx.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(eventsFile)}: {log.EventsRead} events read, {o.Events} used, {log.Exclusions.Count} excluded; {o.Customers} customers, {o.Journeys} journeys ({map.Counting}), {o.Conversions} conversions"));
        foreach (var (id, c) in map.PersonaComparison)
        {
            foreach (var s in c.Sentences)
            {
                ctx.Out.WriteLine($"  {id}: {s}");
            }
        }

        ctx.Out.WriteLine($"wrote {Path.Combine(output.Directory, "journeys.json")}");
        return CliApp.Ok;
    }

    /// <summary>Event reading options; <paramref name="prefix"/> is "events-" inside 'build', where --customer-column means the transactions' column.</summary>
    internal static EventReadOptions ReadOptions(CliArgs args, string prefix = "")
    {
        var o = new EventReadOptions();
        return o with
        {
            CustomerColumn = args.Get(prefix + "customer-column") ?? o.CustomerColumn,
            TouchpointColumn = args.Get(prefix + "touchpoint-column") ?? o.TouchpointColumn,
            TimestampColumn = args.Get(prefix + "timestamp-column") ?? o.TimestampColumn,
            StageColumn = args.Get(prefix + "stage-column") ?? o.StageColumn,
            EventTypeColumn = args.Get(prefix + "event-type-column") ?? o.EventTypeColumn,
            ValueColumn = args.Get(prefix + "value-column") ?? o.ValueColumn,
            SequenceColumn = args.Get(prefix + "sequence-column"),
            RowPolicy = args.Has("fail-on-bad-rows") ? EventRowPolicy.Fail : EventRowPolicy.Exclude,
            Delimiter = prefix.Length == 0 ? BuildCommand.ParseDelimiter(args.Get("delimiter")) : null,
        };
    }

    internal static JourneyOptions JourneyOptionsFrom(CliArgs args)
    {
        var o = new JourneyOptions();
        var split = args.Get("split") switch
        {
            null or "customer" => JourneySplit.PerCustomer,
            "conversion" => JourneySplit.AtConversion,
            "gap" => JourneySplit.InactivityGap,
            var s => throw new UsageException($"option --split: expected customer, conversion or gap, found '{s}'"),
        };
        var stages = args.Get("stages");
        var lookback = args.GetInt("lookback-days", 1);
        return o with
        {
            Split = split,
            InactivityGap = args.GetInt("gap-days", 1) is { } g ? TimeSpan.FromDays(g) : o.InactivityGap,
            LookbackWindow = lookback is { } l ? TimeSpan.FromDays(l) : null,
            CollapseRepeats = args.Has("collapse-repeats"),
            MaxVariants = args.GetInt("max-variants", 1) ?? o.MaxVariants,
            Stages = stages is null ? o.Stages : StageModel.LoadFile(stages),
            Attribution = o.Attribution with { MarkovOrder = args.GetInt("markov-order", 1, 4) ?? o.Attribution.MarkovOrder },
        };
    }
}
