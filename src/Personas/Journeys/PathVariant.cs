namespace Personas.Journeys;

/// <summary>A distinct touchpoint sequence (variant) and how often it occurs.</summary>
/// <param name="Path">The touchpoints in order.</param>
/// <param name="Count">The journeys with exactly this path.</param>
/// <param name="Share">Count over all journeys.</param>
/// <param name="CumulativeShare">The share covered by this and all more frequent variants.</param>
/// <param name="Conversions">The converting journeys among them.</param>
/// <param name="ConversionRate">Conversions over count.</param>
public sealed record PathVariant(IReadOnlyList<string> Path, long Count, double Share, double CumulativeShare, long Conversions, double ConversionRate);
