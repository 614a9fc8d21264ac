namespace Personas.Journeys;

/// <summary>How customers move through one stage (the stage funnel's counts) and how long journeys wait after it.</summary>
/// <param name="Stage">The stage name.</param>
/// <param name="Reached">Customers reaching this stage: the stage funnel's count for it.</param>
/// <param name="Continued">Of those, customers reaching the funnel's next step ("bought" after the purchase-decision stage; 0 for the last stage).</param>
/// <param name="DropOff">Reached minus continued (0 for the last stage, where the funnel ends by design).</param>
/// <param name="DropOffShare">Drop-off over reached (0 to 1).</param>
/// <param name="MedianSecondsToNext">Within journeys: the median time from the last event in this stage to the first event in a later stage, or null.</param>
/// <param name="P90SecondsToNext">The 90th percentile of that time, or null.</param>
/// <param name="LongWait">True when the median wait is at least <see cref="JourneyOptions.LongWaitFactor"/> times the median of the stages' median waits.</param>
public sealed record StageStatistics(string Stage, long Reached, long Continued, long DropOff, double DropOffShare, double? MedianSecondsToNext, double? P90SecondsToNext, bool LongWait);
