namespace Personas.Profiling;

/// <summary>Whether the persona has more or less of a feature than the rest of the customers.</summary>
public enum TraitDirection
{
    /// <summary>The persona's mean or share is higher than the rest's.</summary>
    Higher,

    /// <summary>The persona's mean or share is lower than the rest's.</summary>
    Lower,
}
