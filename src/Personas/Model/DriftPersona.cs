namespace Personas.Model;

/// <summary>One persona's change between the previous quarter and this one.</summary>
public sealed record DriftPersona
{
    /// <summary>The persona id.</summary>
    public required string Id { get; init; }

    /// <summary>The persona name (the current one, or the previous one for a retired persona).</summary>
    public required string Name { get; init; }

    /// <summary><c>matched</c>, <c>born</c> or <c>retired</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The number of customers last quarter, or null for a born persona.</summary>
    public int? PreviousSize { get; init; }

    /// <summary>The number of customers this quarter, or null for a retired persona.</summary>
    public int? CurrentSize { get; init; }

    /// <summary>The share of customers last quarter (0..1), or null for a born persona.</summary>
    public double? PreviousShare { get; init; }

    /// <summary>The share of customers this quarter (0..1), or null for a retired persona.</summary>
    public double? CurrentShare { get; init; }

    /// <summary>The Euclidean distance the centroid moved, in the previous feature space; null unless matched.</summary>
    public double? CentroidMovement { get; init; }

    /// <summary>The features whose effect size of this quarter against last reaches <see cref="RefreshOptions.MinTraitShift"/>, largest first; empty unless matched.</summary>
    public required IReadOnlyList<TraitShift> TraitShifts { get; init; }
}
