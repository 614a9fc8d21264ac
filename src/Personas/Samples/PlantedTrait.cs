using Personas.Profiling;

namespace Personas.Samples;

/// <summary>A defining trait planted into a persona: a column (and for categorical or boolean columns a level) and its direction.</summary>
public sealed record PlantedTrait
{
    /// <summary>Gets the column of <c>customers.csv</c>, for example <c>avg_order_value</c>.</summary>
    public required string Column { get; init; }

    /// <summary>Gets the level for a categorical or boolean column (for example <c>store</c> or <c>true</c>), or null for a numeric column.</summary>
    public string? Level { get; init; }

    /// <summary>Gets whether the persona is higher or lower than the other customers.</summary>
    public required TraitDirection Direction { get; init; }

    /// <summary>Returns the trait as text, for example <c>high avg_order_value</c> or <c>preferred_channel = store</c>.</summary>
    /// <returns>The trait in words.</returns>
    public override string ToString() =>
        Level is null
            ? (Direction == TraitDirection.Higher ? "high " : "low ") + Column
            : Column + (Direction == TraitDirection.Higher ? " = " : " != ") + Level;
}
