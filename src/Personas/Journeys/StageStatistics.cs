namespace Personas.Journeys;

/// <summary>How journeys move through one stage.</summary>
/// <param name="Stage">The stage name.</param>
/// <param name="Reached">Journeys with at least one event in this stage.</param>
/// <param name="Continued">Of those, journeys with a later event in a later stage (0 for the last stage).</param>
/// <param name="DropOff">Reached minus continued (0 for the last stage, where journeys end by design).</param>
/// <param name="DropOffShare">Drop-off over reached (0 to 1).</param>
/// <param name="MedianSecondsToNext">The median time from the last event in this stage to the first event in a later stage, or null.</param>
/// <param name="P90SecondsToNext">The 90th percentile of that time, or null.</param>
/// <param name="LongWait">True when the median wait is at least <see cref="JourneyOptions.LongWaitFactor"/> times the median of the stages' median waits.</param>
public sealed record StageStatistics(string Stage, long Reached, long Continued, long DropOff, double DropOffShare, double? MedianSecondsToNext, double? P90SecondsToNext, bool LongWait);
