namespace Personas.Journeys;

/// <summary>How a customer's events are cut into journeys.</summary>
public enum JourneySplit
{
    /// <summary>
    /// <see cref="JourneyColumn"/> when the events carry a journey id; <see cref="PerCustomer"/> when the ids are
    /// process-mining cases (<see cref="EventLog.IdsAreCases"/>); otherwise <see cref="Purchase"/>.
    /// </summary>
    Auto,

    /// <summary>
    /// Purchase journeys: a journey runs from a first touch to its conversion plus the post-purchase touches that follow
    /// it (delivery, support, ...: by <see cref="JourneyOptions.PostPurchaseTouchpoints"/> or the stage mapping), and
    /// ends there or after an inactivity gap longer than <see cref="JourneyOptions.InactivityGap"/>. The next
    /// pre-purchase touch starts a new journey; a post-purchase touch never starts one.
    /// </summary>
    Purchase,

    /// <summary>One journey per customer (or case): the whole history, no splitting.</summary>
    PerCustomer,

    /// <summary>Each journey id of a customer is one journey (<see cref="EventReadOptions.JourneyColumn"/>).</summary>
    JourneyColumn,

    /// <summary>A new journey after each conversion, so a repeat buyer gives several journeys.</summary>
    AtConversion,

    /// <summary>A new journey after each inactivity gap longer than <see cref="JourneyOptions.InactivityGap"/>.</summary>
    InactivityGap,
}
