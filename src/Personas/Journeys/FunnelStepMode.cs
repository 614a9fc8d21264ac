namespace Personas.Journeys;

/// <summary>How the steps of a funnel must follow each other.</summary>
public enum FunnelStepMode
{
    /// <summary>The next step happens at some later event (other events may come between).</summary>
    Eventually,

    /// <summary>The next step is the very next event.</summary>
    Directly,
}
