namespace Personas.Model;

/// <summary>What a model stores about a persona's identity: id, generated name and tagline, and the user's overrides (null when none).</summary>
internal sealed record PersonaLabel(string Id, string Name, string Tagline, string? NameOverride = null, string? TaglineOverride = null);
