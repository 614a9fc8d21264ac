namespace Personas.Profiling;

/// <summary>Writes the narrative of a persona from its profile statistics.</summary>
public interface IPersonaNarrator
{
    /// <summary>Writes 3-6 sentences about <paramref name="persona"/>.</summary>
    /// <param name="persona">The persona.</param>
    /// <param name="set">The set the persona belongs to (for totals and the value column).</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The sentences.</returns>
    Task<IReadOnlyList<string>> NarrateAsync(Persona persona, PersonaSet set, CancellationToken ct);
}
