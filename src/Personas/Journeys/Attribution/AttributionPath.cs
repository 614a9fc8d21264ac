namespace Personas.Journeys.Attribution;

/// <summary>One path of touchpoints with how many journeys took it and converted (or not), as in ChannelAttribution's aggregated input.</summary>
/// <param name="Touchpoints">The touchpoints in order, repeats included.</param>
/// <param name="Conversions">The number of converting journeys with this path.</param>
/// <param name="Nulls">The number of non-converting journeys with this path.</param>
/// <param name="Value">The total conversion value of those journeys (0 when unknown).</param>
/// <example>
/// <code>
/// var set = PathSet.FromPaths([new AttributionPath(["C1", "C2", "C3"], 1, 0, 1000), new AttributionPath(["C1"], 0, 1)]);
/// </code>
/// </example>
public sealed record AttributionPath(IReadOnlyList<string> Touchpoints, double Conversions, double Nulls = 0, double Value = 0)
{
    /// <summary>For each touchpoint, how many seconds before the conversion (or the journey's end) it happened; null when unknown (time decay is then not computed).</summary>
    /// <value>The default is null.</value>
    public IReadOnlyList<double>? SecondsBeforeEnd { get; init; }
}
