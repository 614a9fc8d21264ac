namespace Personas.Journeys;

/// <summary>One touchpoint event of a customer, for building an <see cref="EventLog"/> from .NET objects.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Timestamp">When the event happened (any offset; normalised to UTC).</param>
/// <param name="Touchpoint">The touchpoint, channel or activity, for example <c>search</c>.</param>
/// <example>
/// <code>
/// var log = EventLogReader.FromEvents([new TouchpointEvent("c1", t0, "search"), new TouchpointEvent("c1", t1, "checkout") { EventType = "purchase", Value = 49.9 }]);
/// </code>
/// </example>
public sealed record TouchpointEvent(string CustomerId, DateTimeOffset Timestamp, string Touchpoint)
{
    /// <summary>The journey stage of the event, or null to map it from the touchpoint.</summary>
    /// <value>The default is null.</value>
    public string? Stage { get; init; }

    /// <summary>The event type, for example <c>purchase</c>; conversion types are listed in <see cref="EventReadOptions.ConversionEventTypes"/>.</summary>
    /// <value>The default is null.</value>
    public string? EventType { get; init; }

    /// <summary>The monetary value of the event (used for conversions), or null.</summary>
    /// <value>The default is null.</value>
    public double? Value { get; init; }

    /// <summary>The journey (case, session or order id) this event belongs to, or null to cut journeys by <see cref="JourneyOptions.Split"/>.</summary>
    /// <value>The default is null.</value>
    public string? JourneyId { get; init; }

    /// <summary>An explicit order among events of the same customer with the same timestamp, or null.</summary>
    /// <value>The default is null.</value>
    public long? Sequence { get; init; }
}
