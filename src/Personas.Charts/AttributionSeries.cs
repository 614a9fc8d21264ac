namespace Personas.Charts;

/// <summary>One attribution model's credit per touchpoint, as plotted by
/// <see cref="PersonaCharts.Attribution(IReadOnlyList{string}, IReadOnlyList{AttributionSeries}, string?)"/>.</summary>
/// <param name="Model">The model's name (for example <c>First touch</c>, <c>Last touch</c>, <c>Linear</c>, <c>Markov</c>).</param>
/// <param name="Credits">The conversions credited to each touchpoint, in the order of the touchpoint list.</param>
public sealed record AttributionSeries(string Model, IReadOnlyList<double> Credits);
