namespace Personas.Charts;

/// <summary>Options of <see cref="PersonaCharts.PersonaMap(Personas.Features.FeatureMatrix, IReadOnlyList{int}, IReadOnlyList{string}, PersonaMapOptions?)"/>.</summary>
public sealed record PersonaMapOptions
{
    /// <summary>The most customers drawn; larger sets are shown as a deterministic random sample (centres always use every customer).</summary>
    /// <value>The default is 2000 (<see cref="ChartDefaults.MaxMapPoints"/>).</value>
    public int MaxPoints { get; init; } = ChartDefaults.MaxMapPoints;

    /// <summary>The seed of the sample; the same seed draws the same customers.</summary>
    /// <value>The default is <see cref="ChartDefaults.MapSeed"/>.</value>
    public int Seed { get; init; } = ChartDefaults.MapSeed;
}
