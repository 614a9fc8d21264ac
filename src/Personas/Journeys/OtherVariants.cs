namespace Personas.Journeys;

/// <summary>The variants beyond the top-N limit, grouped.</summary>
/// <param name="Variants">How many distinct variants are grouped.</param>
/// <param name="Count">Their journeys.</param>
/// <param name="Share">Their share of all journeys.</param>
/// <param name="Conversions">Their converting journeys.</param>
public sealed record OtherVariants(long Variants, long Count, double Share, long Conversions);
