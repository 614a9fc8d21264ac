using System.CommandLine;
using Personas.Data;
using Personas.Journeys;

namespace Personas.Cli.Options;

/// <summary>
/// The columns of a touchpoint event file. In 'personas journeys' they are --customer-column, --touchpoint-column, ...;
/// in 'build' and 'refresh' they carry the prefix --events- (--customer-column there means the transactions' column).
/// </summary>
internal sealed class EventInputOptions
{
    private static readonly EventReadOptions Defaults = new();

    public EventInputOptions(string prefix)
    {
        Prefix = prefix;
        Customer = CliOptions.Text($"--{prefix}customer-column", "the events' customer column (process mining: case:concept:name)", "C", Defaults.CustomerColumn);
        Touchpoint = CliOptions.Text($"--{prefix}touchpoint-column", "the touchpoint column (process mining: concept:name)", "C", Defaults.TouchpointColumn);
        Timestamp = CliOptions.Text($"--{prefix}timestamp-column", "the timestamp column (process mining: time:timestamp); offsets are converted to UTC, times without one are UTC", "C", Defaults.TimestampColumn);
        Stage = CliOptions.Text($"--{prefix}stage-column", "the stage column, used when present", "C", Defaults.StageColumn!);
        EventType = CliOptions.Text($"--{prefix}event-type-column", "the event type column (purchase, conversion and order rows are conversions)", "C", Defaults.EventTypeColumn!);
        Value = CliOptions.Text($"--{prefix}value-column", "the conversion value column", "C", Defaults.ValueColumn!);
        Sequence = CliOptions.Text($"--{prefix}sequence-column", "a column that breaks timestamp ties", "C", "input order");
        Journey = CliOptions.Text($"--{prefix}journey-column", "the column naming each event's journey (case, session or order id): each value of a customer is one journey, nothing is split; without a customer column it is the id too (process mining)", "C", "none: journeys are cut by --split");
    }

    public string Prefix { get; }

    public Option<string?> Customer { get; }

    public Option<string?> Touchpoint { get; }

    public Option<string?> Timestamp { get; }

    public Option<string?> Stage { get; }

    public Option<string?> EventType { get; }

    public Option<string?> Value { get; }

    public Option<string?> Sequence { get; }

    public Option<string?> Journey { get; }

    public IEnumerable<Option> All => [Customer, Touchpoint, Timestamp, Stage, EventType, Value, Sequence, Journey];

    /// <summary>The event reading options.</summary>
    public EventReadOptions Read(ParseResult r, bool failOnBadRows, char? delimiter) => Defaults with
    {
        CustomerColumn = r.GetValue(Customer) ?? Defaults.CustomerColumn,
        TouchpointColumn = r.GetValue(Touchpoint) ?? Defaults.TouchpointColumn,
        TimestampColumn = r.GetValue(Timestamp) ?? Defaults.TimestampColumn,
        StageColumn = r.GetValue(Stage) ?? Defaults.StageColumn,
        EventTypeColumn = r.GetValue(EventType) ?? Defaults.EventTypeColumn,
        ValueColumn = r.GetValue(Value) ?? Defaults.ValueColumn,
        SequenceColumn = r.GetValue(Sequence),
        RowErrors = failOnBadRows ? RowErrorPolicy.Fail : RowErrorPolicy.Exclude,
        JourneyColumn = r.GetValue(Journey),
        Delimiter = delimiter,
    };

    /// <summary>The options of this group the user gave.</summary>
    public IEnumerable<Option> Given(ParseResult r) => All.Where(o => r.Given(o));
}
