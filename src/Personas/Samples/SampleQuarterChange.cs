namespace Personas.Samples;

/// <summary>What changed in quarter 1 compared with quarter 0 of the same seed.</summary>
public sealed record SampleQuarterChange
{
    /// <summary>Gets the persona that no longer exists; its customers are not in the quarter-1 table.</summary>
    public required string RemovedPersona { get; init; }

    /// <summary>Gets the new persona; all its customers have new ids.</summary>
    public required string AddedPersona { get; init; }

    /// <summary>Gets the persona whose traits moved (it keeps its customers).</summary>
    public required string ShiftedPersona { get; init; }

    /// <summary>Gets the traits of <see cref="ShiftedPersona"/> that moved, and in which direction.</summary>
    public required IReadOnlyList<PlantedTrait> ShiftedTraits { get; init; }

    /// <summary>Gets the planned share of continuing customers who switch to another continuing persona.</summary>
    public required double SwitchRate { get; init; }

    /// <summary>Gets the ids (ascending) of customers present in both quarters whose planted persona changed.</summary>
    public required IReadOnlyList<string> SwitchedCustomerIds { get; init; }

    /// <summary>Gets the number of customers present in both quarters.</summary>
    public required int CustomersInBoth { get; init; }
}
