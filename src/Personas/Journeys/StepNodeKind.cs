namespace Personas.Journeys;

/// <summary>What a node of the journey map stands for.</summary>
public enum StepNodeKind
{
    /// <summary>A touchpoint at a step.</summary>
    Touchpoint,

    /// <summary>The rare touchpoints at a step, grouped.</summary>
    Other,

    /// <summary>The outcome: the journey ended in a purchase.</summary>
    Bought,

    /// <summary>The outcome: the journey ended without a purchase.</summary>
    DidNotBuy,
}
