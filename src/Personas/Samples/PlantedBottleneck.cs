namespace Personas.Samples;

/// <summary>
/// The planted journey bottleneck: customers of <see cref="Persona"/> who reach <see cref="Touchpoint"/> often never purchase.
/// Measured per customer: among the persona's customers with at least one event at the touchpoint, the share without any purchase event.
/// </summary>
public sealed record PlantedBottleneck
{
    /// <summary>Gets the persona that drops off.</summary>
    public required string Persona { get; init; }

    /// <summary>Gets the touchpoint where it drops off (for example <c>comparison_sites</c>).</summary>
    public required string Touchpoint { get; init; }

    /// <summary>Gets the planned probability that a journey of the persona ends at the touchpoint once the touchpoint is reached.</summary>
    public required double DropProbability { get; init; }
}
