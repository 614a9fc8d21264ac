namespace Personas.Samples;

/// <summary>One row of <c>touchpoints.csv</c>: a customer's event at a touchpoint in a journey stage.</summary>
public sealed record SampleEvent
{
    /// <summary>Gets the customer id (<c>customer_id</c>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the local time with the customer's country offset (<c>timestamp</c>), whole minutes.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the touchpoint (<c>touchpoint</c>), for example <c>comparison_sites</c>.</summary>
    public required string Touchpoint { get; init; }

    /// <summary>Gets the journey stage (<c>stage</c>), for example <c>information_search</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>Gets the event type (<c>event_type</c>), for example <c>view</c> or <c>purchase</c>.</summary>
    public required string EventType { get; init; }

    /// <summary>Gets the order value in EUR on purchase rows (<c>value</c>), null otherwise.</summary>
    public double? Value { get; init; }
}
