namespace Personas.Charts;

/// <summary>A directly-follows edge of a journey: how many times customers went from one touchpoint (or stage) to the next.</summary>
/// <param name="From">The touchpoint or stage left (for example <c>Start</c> or <c>Email</c>).</param>
/// <param name="To">The touchpoint or stage reached next.</param>
/// <param name="Count">How many times this step was taken (non-negative).</param>
public sealed record FlowEdge(string From, string To, double Count);
