namespace Personas.Journeys;

/// <summary>A touchpoint or transition whose share of journeys differs between a persona and the other personas.</summary>
/// <param name="Kind"><c>touchpoint</c> or <c>transition</c>.</param>
/// <param name="Item">The touchpoint, or the transition as <c>from -&gt; to</c> (consecutive touchpoints of a path).</param>
/// <param name="PersonaShare">The share of the persona's journeys containing it.</param>
/// <param name="OtherShare">The share of the other personas' journeys containing it.</param>
/// <param name="Z">The two-proportion z statistic (pooled).</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="QValue">The Benjamini-Hochberg adjusted p-value over all the persona's tests.</param>
/// <param name="EffectSize">Cohen's h (2 asin sqrt(p1) - 2 asin sqrt(p2)); a difference is reported only when |h| is at least <see cref="JourneyOptions.MinEffectSize"/>.</param>
public sealed record JourneyDifference(string Kind, string Item, double PersonaShare, double OtherShare, double Z, double PValue, double QValue, double EffectSize = 0);
