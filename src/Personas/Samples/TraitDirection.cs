namespace Personas.Samples;

/// <summary>Whether a planted persona is above or below the other customers on a trait.</summary>
public enum TraitDirection
{
    /// <summary>The persona's mean (or the share of a level) is clearly higher than the other customers'.</summary>
    High,

    /// <summary>The persona's mean (or the share of a level) is clearly lower than the other customers'.</summary>
    Low,
}
