namespace Personas.Journeys;

/// <summary>A user-defined funnel over touchpoints.</summary>
/// <param name="Name">The funnel's name in outputs.</param>
/// <param name="Steps">The touchpoints in order (at least two).</param>
/// <example>
/// <code>
/// var f = new FunnelDefinition("web", ["search", "product_page", "checkout"]) { MaxStepTime = TimeSpan.FromDays(7) };
/// </code>
/// </example>
public sealed record FunnelDefinition(string Name, IReadOnlyList<string> Steps)
{
    /// <summary>Whether each step must directly or eventually follow the previous one.</summary>
    /// <value>The default is <see cref="FunnelStepMode.Eventually"/>.</value>
    public FunnelStepMode Mode { get; init; } = FunnelStepMode.Eventually;

    /// <summary>The longest time allowed between one step and the next, or null for no limit.</summary>
    /// <value>The default is null (no limit).</value>
    public TimeSpan? MaxStepTime { get; init; }

    /// <summary>Whether journeys may enter only at the first step (closed) or at any step (open).</summary>
    /// <value>The default is <see cref="FunnelKind.Closed"/>.</value>
    public FunnelKind Kind { get; init; } = FunnelKind.Closed;
}
