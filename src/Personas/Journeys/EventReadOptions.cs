using Personas.Data;

namespace Personas.Journeys;

/// <summary>How touchpoint events are read: column names, which event types are conversions, the time zone of naive timestamps and what to do with bad rows.</summary>
/// <example>
/// <code>
/// var pm4py = new EventReadOptions { CustomerColumn = "case:concept:name", TouchpointColumn = "concept:name", TimestampColumn = "time:timestamp" };
/// var log = EventLogReader.ReadFile("running-example.csv", pm4py);
/// </code>
/// </example>
public sealed record EventReadOptions
{
    /// <summary>The column holding the customer (case) id.</summary>
    /// <value>The default is <c>customer_id</c>.</value>
    public string CustomerColumn { get; init; } = "customer_id";

    /// <summary>The column holding the timestamp (ISO 8601; an offset is honoured, a naive time is in <see cref="NaiveTimeZone"/>).</summary>
    /// <value>The default is <c>timestamp</c>.</value>
    public string TimestampColumn { get; init; } = "timestamp";

    /// <summary>The column holding the touchpoint (channel or activity).</summary>
    /// <value>The default is <c>touchpoint</c>.</value>
    public string TouchpointColumn { get; init; } = "touchpoint";

    /// <summary>The optional column holding the journey stage; used when the file has it.</summary>
    /// <value>The default is <c>stage</c>.</value>
    public string? StageColumn { get; init; } = "stage";

    /// <summary>The optional column holding the event type; used when the file has it.</summary>
    /// <value>The default is <c>event_type</c>.</value>
    public string? EventTypeColumn { get; init; } = "event_type";

    /// <summary>The optional column holding a monetary value; used when the file has it.</summary>
    /// <value>The default is <c>value</c>.</value>
    public string? ValueColumn { get; init; } = "value";

    /// <summary>
    /// The optional column naming the journey (case, session or order id) each event belongs to. When set, each distinct
    /// value of a customer is one journey and no splitting rule applies (<see cref="JourneySplit.Auto"/> resolves to
    /// <see cref="JourneySplit.JourneyColumn"/>); when the file has no customer column, the journey column is the id too
    /// (a process-mining log: every case is its own customer).
    /// </summary>
    /// <value>The default is null (journeys are cut by <see cref="JourneyOptions.Split"/>).</value>
    public string? JourneyColumn { get; init; }

    /// <summary>The optional column giving an explicit order among events with equal timestamps (an integer).</summary>
    /// <value>The default is null (no sequence column).</value>
    public string? SequenceColumn { get; init; }

    /// <summary>
    /// Event types (compared case-insensitively) that are conversions. An event without an event type (no column, or an
    /// empty value) is a conversion when its touchpoint has one of these names.
    /// </summary>
    /// <value>The default is <c>purchase</c>, <c>conversion</c>, <c>order</c>.</value>
    public IReadOnlySet<string> ConversionEventTypes { get; init; } = new HashSet<string>(["purchase", "conversion", "order"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The time zone of timestamps written without an offset.</summary>
    /// <value>The default is UTC.</value>
    public TimeZoneInfo NaiveTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>What to do with a row that cannot be used.</summary>
    /// <value>The default is <see cref="RowErrorPolicy.Exclude"/>.</value>
    public RowErrorPolicy RowErrors { get; init; } = RowErrorPolicy.Exclude;

    /// <summary>The field delimiter, or null to detect it from the first lines.</summary>
    /// <value>The default is null (detected).</value>
    public char? Delimiter { get; init; }
}
