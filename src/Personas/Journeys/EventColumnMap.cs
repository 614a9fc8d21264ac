using Personas.Data;

namespace Personas.Journeys;

/// <summary>Where each option's column is in the header.</summary>
internal sealed class EventColumnMap
{
    public EventColumnMap(List<string> header, EventReadOptions options, string source)
    {
        Customer = Required(header, options.CustomerColumn, source);
        Timestamp = Required(header, options.TimestampColumn, source);
        Touchpoint = Required(header, options.TouchpointColumn, source);
        Stage = Optional(header, options.StageColumn);
        EventType = Optional(header, options.EventTypeColumn);
        Value = Optional(header, options.ValueColumn);
        Sequence = options.SequenceColumn is null ? -1 : Required(header, options.SequenceColumn, source);
        CustomerName = header[Customer];
        TimestampName = header[Timestamp];
        TouchpointName = header[Touchpoint];
        ValueName = Value >= 0 ? header[Value] : null;
        SequenceName = Sequence >= 0 ? header[Sequence] : null;
        Needed = new[] { Customer, Timestamp, Touchpoint, Stage, EventType, Value, Sequence }.Max() + 1;
        _header = header;
    }

    private readonly List<string> _header;

    public int Customer { get; }

    public int Timestamp { get; }

    public int Touchpoint { get; }

    public int Stage { get; }

    public int EventType { get; }

    public int Value { get; }

    public int Sequence { get; }

    public int Needed { get; }

    public string CustomerName { get; }

    public string TimestampName { get; }

    public string TouchpointName { get; }

    public string? ValueName { get; }

    public string? SequenceName { get; }

    public string Describe()
    {
        static string Opt(List<string> h, int i) => i >= 0 ? $"'{h[i]}'" : "none";
        return $"columns: customer '{CustomerName}', timestamp '{TimestampName}', touchpoint '{TouchpointName}', stage {Opt(_header, Stage)}, event type {Opt(_header, EventType)}, value {Opt(_header, Value)}, sequence {Opt(_header, Sequence)}";
    }

    private static int Find(List<string> header, string name)
    {
        var i = header.FindIndex(h => string.Equals(h.Trim(), name, StringComparison.Ordinal));
        return i >= 0 ? i : header.FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }

    private static int Required(List<string> header, string name, string source)
    {
        var i = Find(header, name);
        if (i < 0)
        {
            throw new PersonasDataException(source, 1, name, string.Join(", ", header), $"expected a column named '{name}' in the header (set the column name option to use another)");
        }

        return i;
    }

    private static int Optional(List<string> header, string? name) => name is null ? -1 : Find(header, name);
}
