namespace Personas.Samples;

/// <summary>
/// The planted waiting stage: for <see cref="Persona"/> the time from a purchase (stage <see cref="FromStage"/>) to its delivery
/// (stage <see cref="ToStage"/>) is long; for the other personas it is a matter of hours.
/// </summary>
public sealed record PlantedWait
{
    /// <summary>Gets the persona that waits.</summary>
    public required string Persona { get; init; }

    /// <summary>Gets the stage the wait starts in (<c>purchase_decision</c>).</summary>
    public required string FromStage { get; init; }

    /// <summary>Gets the stage the wait ends in (<c>post_purchase</c>).</summary>
    public required string ToStage { get; init; }

    /// <summary>Gets the planned median wait of the persona (purchase to delivery).</summary>
    public required TimeSpan TypicalWait { get; init; }

    /// <summary>Gets the planned median wait of every other persona.</summary>
    public required TimeSpan OthersTypicalWait { get; init; }
}
