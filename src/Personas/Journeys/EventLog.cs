using Personas.Data;

namespace Personas.Journeys;

/// <summary>
/// Touchpoint events in columns, sorted once: customers in order of first appearance, each customer's events by
/// timestamp, then the sequence column, then input order (equal timestamps never reorder at random). Event
/// <c>i</c> is described by <c>UtcTicks[i]</c>, <c>TouchpointIds[i]</c>, ...; customer <c>c</c> owns events
/// <c>CustomerStarts[c] .. CustomerStarts[c + 1] - 1</c>. Immutable.
/// </summary>
public sealed class EventLog
{
    private readonly string[] _customers;
    private readonly int[] _customerStarts;
    private readonly long[] _ticks;
    private readonly int[] _touchpoints;
    private readonly int[] _stages;
    private readonly bool[] _conversion;
    private readonly double[] _values;
    private readonly string[] _touchpointNames;
    private readonly string[] _stageNames;
    private readonly int[] _journeys;

    internal EventLog(string source, string[] customers, int[] customerStarts, long[] ticks, int[] touchpoints, string[] touchpointNames, int[]? stages, string[] stageNames, bool[] conversion, double[]? values, long eventsRead, IReadOnlyList<ExcludedRow> exclusions, IReadOnlyList<string> notes, int[]? journeys = null, bool idsAreCases = false)
    {
        _journeys = journeys ?? [];
        IdsAreCases = idsAreCases;
        Source = source;
        _customers = customers;
        _customerStarts = customerStarts;
        _ticks = ticks;
        _touchpoints = touchpoints;
        _touchpointNames = touchpointNames;
        _stages = stages ?? [];
        _stageNames = stageNames;
        _conversion = conversion;
        _values = values ?? [];
        EventsRead = eventsRead;
        Exclusions = exclusions;
        Notes = notes;
        long ties = 0;
        for (var c = 0; c < customers.Length; c++)
        {
            for (var i = customerStarts[c] + 1; i < customerStarts[c + 1]; i++)
            {
                if (ticks[i] == ticks[i - 1])
                {
                    ties++;
                }
            }
        }

        TieCount = ties;
    }

    /// <summary>Where the events came from (file name or description).</summary>
    public string Source { get; }

    /// <summary>The number of events kept.</summary>
    public int Count => _ticks.Length;

    /// <summary>The number of event rows read, kept or excluded: <c>EventsRead == Count + Exclusions.Count</c>.</summary>
    public long EventsRead { get; }

    /// <summary>The rows that were not used, with line and reason.</summary>
    public IReadOnlyList<ExcludedRow> Exclusions { get; }

    /// <summary>Decisions taken while reading (delimiter, columns used), in words.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The number of events sharing their timestamp with the previous event of the same customer (kept in sequence/input order).</summary>
    public long TieCount { get; }

    /// <summary>The distinct customer ids, in order of first appearance.</summary>
    public IReadOnlyList<string> Customers => _customers;

    /// <summary>The distinct touchpoint names, in order of first appearance; <see cref="TouchpointIds"/> index into it.</summary>
    public IReadOnlyList<string> Touchpoints => _touchpointNames;

    /// <summary>The distinct values of the stage column, in order of first appearance (empty without a stage column).</summary>
    public IReadOnlyList<string> StageNames => _stageNames;

    /// <summary>Offsets of each customer's first event; length <c>Customers.Count + 1</c>.</summary>
    public ReadOnlySpan<int> CustomerStarts => _customerStarts;

    /// <summary>The timestamp of each event as UTC ticks.</summary>
    public ReadOnlySpan<long> UtcTicks => _ticks;

    /// <summary>The touchpoint of each event (an index into <see cref="Touchpoints"/>).</summary>
    public ReadOnlySpan<int> TouchpointIds => _touchpoints;

    /// <summary>The stage column value of each event (an index into <see cref="StageNames"/>, -1 when empty); empty without a stage column.</summary>
    public ReadOnlySpan<int> StageIds => _stages;

    /// <summary>True for conversion events (see <see cref="EventReadOptions.ConversionEventTypes"/>).</summary>
    public ReadOnlySpan<bool> IsConversion => _conversion;

    /// <summary>The value of each event (NaN when none); empty without a value column.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>True when the events carry a stage column.</summary>
    public bool HasStages => _stages.Length > 0;

    /// <summary>True when the events carry a journey id (<see cref="EventReadOptions.JourneyColumn"/>); each customer's events are then grouped by journey, journeys in order of their first event.</summary>
    public bool HasJourneyIds => _journeys.Length > 0;

    /// <summary>
    /// True when the ids are process-mining cases rather than customers: the id column is named <c>case:concept:name</c>,
    /// <c>case_id</c> or <c>case</c>, or it is the journey column. <see cref="JourneySplit.Auto"/> then keeps each case as one journey.
    /// </summary>
    public bool IdsAreCases { get; }

    /// <summary>True when the events carry values.</summary>
    public bool HasValues => _values.Length > 0;

    internal int[] TouchpointArray => _touchpoints;

    internal long[] TickArray => _ticks;

    internal bool[] ConversionArray => _conversion;

    internal int[] StageArray => _stages;

    /// <summary>Each event's journey id number (distinct per value, in order of first appearance); empty without a journey column.</summary>
    internal int[] JourneyArray => _journeys;

    /// <summary>The index of the customer owning an event.</summary>
    /// <param name="eventIndex">The event index.</param>
    /// <returns>The customer index into <see cref="Customers"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the log.</exception>
    public int CustomerOf(int eventIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eventIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(eventIndex, Count);
        var c = Array.BinarySearch(_customerStarts, eventIndex);
        if (c < 0)
        {
            return ~c - 1;
        }

        // Customers own at least one event, so starts are distinct.
        return c;
    }

    /// <summary>One event as an object (for inspection; the analysis works on the columns). Its event type is <c>conversion</c> for conversions and null otherwise (the original type is not kept).</summary>
    /// <param name="eventIndex">The event index.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the log.</exception>
    public TouchpointEvent GetEvent(int eventIndex)
    {
        var c = CustomerOf(eventIndex);
        var stage = HasStages && _stages[eventIndex] >= 0 ? _stageNames[_stages[eventIndex]] : null;
        return new TouchpointEvent(_customers[c], new DateTimeOffset(_ticks[eventIndex], TimeSpan.Zero), _touchpointNames[_touchpoints[eventIndex]])
        {
            Stage = stage,
            EventType = _conversion[eventIndex] ? "conversion" : null,
            Value = HasValues && !double.IsNaN(_values[eventIndex]) ? _values[eventIndex] : null,
        };
    }
}
