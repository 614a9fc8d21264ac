namespace Personas.Journeys;

/// <summary>How a customer's events are cut into journeys.</summary>
public enum JourneySplit
{
    /// <summary>One journey per customer: the whole history.</summary>
    PerCustomer,

    /// <summary>A new journey after each conversion, so a repeat buyer gives several journeys.</summary>
    AtConversion,

    /// <summary>A new journey after each inactivity gap longer than <see cref="JourneyOptions.InactivityGap"/>.</summary>
    InactivityGap,
}
