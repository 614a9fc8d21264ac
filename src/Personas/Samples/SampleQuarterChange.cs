namespace Personas.Samples;

/// <summary>What changed in a quarter compared with the quarter before it (same seed); changes accumulate from quarter to quarter.</summary>
public sealed record SampleQuarterChange
{
    /// <summary>Gets the quarter this change leads to (1 or later); it is compared with <c>Quarter - 1</c>.</summary>
    public int Quarter { get; init; } = 1;

    /// <summary>Gets the persona that no longer exists (its customers are not in this quarter's table), or null when none was removed.</summary>
    public string? RemovedPersona { get; init; }

    /// <summary>Gets the new persona (all its customers have new ids), or null when none was added.</summary>
    public string? AddedPersona { get; init; }

    /// <summary>Gets the persona whose traits moved (it keeps its customers), or null when no persona's traits moved.</summary>
    public string? ShiftedPersona { get; init; }

    /// <summary>Gets the traits of <see cref="ShiftedPersona"/> that moved, and in which direction (empty when none did).</summary>
    public required IReadOnlyList<PlantedTrait> ShiftedTraits { get; init; }

    /// <summary>Gets the planned share of continuing customers who switch to another continuing persona.</summary>
    public required double SwitchRate { get; init; }

    /// <summary>Gets the ids (ascending) of customers present in both quarters whose planted persona changed.</summary>
    public required IReadOnlyList<string> SwitchedCustomerIds { get; init; }

    /// <summary>Gets the number of customers present in both quarters.</summary>
    public required int CustomersInBoth { get; init; }
}
