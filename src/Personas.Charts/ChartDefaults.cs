namespace Personas.Charts;

/// <summary>The default values of the chart options, in one place.</summary>
public static class ChartDefaults
{
    /// <summary>The most customers drawn on a persona map before it shows a deterministic sample.</summary>
    public const int MaxMapPoints = 2000;

    /// <summary>The seed of the persona map's sample.</summary>
    public const int MapSeed = 20240601;
}
