using Personas.Data;

namespace Personas.Journeys;

/// <summary>Where each option's column is in the header.</summary>
internal sealed class EventColumnMap
{
    public EventColumnMap(List<string> header, EventReadOptions options, string source)
    {
        Journey = options.JourneyColumn is null ? -1 : Required(header, options.JourneyColumn, source);
        // A process-mining log named by its journey (case) column alone: the case is the id too.
        Customer = Journey >= 0 && Find(header, options.CustomerColumn) < 0 ? Journey : Required(header, options.CustomerColumn, source);
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
        JourneyName = Journey >= 0 ? header[Journey] : null;
        IdsAreCases = Customer == Journey || IsCaseColumn(CustomerName);
        Needed = new[] { Customer, Timestamp, Touchpoint, Stage, EventType, Value, Sequence, Journey }.Max() + 1;
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

    public int Journey { get; }

    public int Needed { get; }

    /// <summary>True when the id column names process-mining cases (XES <c>case:concept:name</c>, <c>case_id</c>, <c>case</c>) or is the journey column.</summary>
    public bool IdsAreCases { get; }

    public string? JourneyName { get; }

    public string CustomerName { get; }

    public string TimestampName { get; }

    public string TouchpointName { get; }

    public string? ValueName { get; }

    public string? SequenceName { get; }

    public string Describe()
    {
        static string Opt(List<string> h, int i) => i >= 0 ? $"'{h[i]}'" : "none";
        return $"columns: customer '{CustomerName}', timestamp '{TimestampName}', touchpoint '{TouchpointName}', stage {Opt(_header, Stage)}, event type {Opt(_header, EventType)}, value {Opt(_header, Value)}, sequence {Opt(_header, Sequence)}, journey {Opt(_header, Journey)}"
            + (IdsAreCases ? $"; the id column '{CustomerName}' names process-mining cases (each case is one journey unless a split is given)" : "");
    }

    /// <summary>Whether a column name is a process-mining case id (compared ignoring case and punctuation).</summary>
    internal static bool IsCaseColumn(string name) => StageModel.Normalize(name) is "caseconceptname" or "caseid" or "case";

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
