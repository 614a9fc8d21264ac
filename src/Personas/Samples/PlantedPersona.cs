namespace Personas.Samples;

/// <summary>A persona planted into the sample data: its name, its share of the customers and its defining traits.</summary>
public sealed record PlantedPersona
{
    /// <summary>Gets the persona's name as written in <c>customers.truth.csv</c>, for example <c>Premium researchers</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the planned share of the customers (0..1); the realised share differs only by rounding.</summary>
    public required double Share { get; init; }

    /// <summary>Gets the 2-4 traits that set the persona apart most strongly (largest effect sizes), strongest first.</summary>
    public required IReadOnlyList<PlantedTrait> DefiningTraits { get; init; }
}
