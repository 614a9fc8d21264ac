namespace Personas.Journeys;

/// <summary>Where a journey may enter a funnel.</summary>
public enum FunnelKind
{
    /// <summary>Only at the first step: a journey counts at step k when it passed steps 1..k in order.</summary>
    Closed,

    /// <summary>At any step: a journey counts at step k when it passed, in order, the steps from some entry step up to k.</summary>
    Open,
}
