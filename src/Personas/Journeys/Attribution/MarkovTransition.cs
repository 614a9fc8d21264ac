namespace Personas.Journeys.Attribution;

/// <summary>One transition of the Markov chain.</summary>
/// <param name="From">The source state (<c>(start)</c>, a touchpoint, or for order k &gt; 1 touchpoints joined by <c> &gt; </c>).</param>
/// <param name="To">The target state (a touchpoint state, <c>(conversion)</c> or <c>(null)</c>).</param>
/// <param name="Weight">The number of journeys making the transition (conversions plus nulls).</param>
/// <param name="Probability">The transition probability (weight over the source's total weight).</param>
public sealed record MarkovTransition(string From, string To, double Weight, double Probability);
