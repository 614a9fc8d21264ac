namespace Personas.Journeys;

/// <summary>The notable facts of a journey summary, ready to read: where customers are lost and where they wait.</summary>
/// <param name="BottleneckStage">The non-final stage that loses the most journeys (largest drop-off count; the earlier stage on ties), or null.</param>
/// <param name="BottleneckDropOffShare">Its drop-off share (0 to 1).</param>
/// <param name="LongestWaitStage">The stage with the longest median time to the next stage, or null.</param>
/// <param name="LongestWaitMedianSeconds">That median in seconds (0 when none).</param>
/// <param name="LongWaitStages">Every stage flagged as a long wait.</param>
/// <param name="SlowestTransition">The directly-follows edge with the longest median time (among edges with at least 1% of the edges' total count), or null.</param>
/// <param name="DropOffTouchpoint">The touchpoint where non-converting journeys most often end, or null.</param>
/// <param name="DropOffTouchpointShare">The share of non-converting journeys ending there.</param>
/// <param name="NeverConvertShare">The share of journeys without a conversion.</param>
public sealed record JourneyFindings(string? BottleneckStage, double BottleneckDropOffShare, string? LongestWaitStage, double LongestWaitMedianSeconds, IReadOnlyList<string> LongWaitStages, DfgEdge? SlowestTransition, string? DropOffTouchpoint, double DropOffTouchpointShare, double NeverConvertShare);
