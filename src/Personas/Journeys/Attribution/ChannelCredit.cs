namespace Personas.Journeys.Attribution;

/// <summary>The conversions (and value) one attribution model credits to each touchpoint.</summary>
/// <param name="Model">The model name, for example <c>firstTouch</c>.</param>
/// <param name="Conversions">Credited conversions per touchpoint (every touchpoint of the input, 0 when none).</param>
/// <param name="Values">Credited conversion value per touchpoint, or null when the input has no values.</param>
public sealed record ChannelCredit(string Model, IReadOnlyDictionary<string, double> Conversions, IReadOnlyDictionary<string, double>? Values);
