namespace Personas.Profiling;

/// <summary>A user's override of a persona's name or tagline, kept by persona id.</summary>
/// <param name="Name">The new name, or null to keep the generated one.</param>
/// <param name="Tagline">The new tagline, or null to keep the generated one.</param>
public sealed record PersonaOverride(string? Name = null, string? Tagline = null);
