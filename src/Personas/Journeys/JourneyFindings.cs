namespace Personas.Journeys;

/// <summary>The notable facts of a journey summary, ready to read: where customers are lost and where they wait.</summary>
/// <param name="BottleneckStage">The stage before buying that loses the most customers in the stage funnel (largest drop-off count; the earlier stage on ties), or null.</param>
/// <param name="BottleneckDropOffShare">Its drop-off share (0 to 1).</param>
/// <param name="LongestWaitStage">The stage with the longest median time to the next stage, or null.</param>
/// <param name="LongestWaitMedianSeconds">That median in seconds (0 when none).</param>
/// <param name="LongWaitStages">Every stage flagged as a long wait.</param>
/// <param name="SlowestTransition">The directly-follows edge with the longest median time (among edges with at least 1% of the edges' total count), or null.</param>
/// <param name="DropOffTouchpoint">The touchpoint where the paths of journeys without a purchase most often end, or null.</param>
/// <param name="DropOffTouchpointShare">The share of non-converting journeys ending there.</param>
/// <param name="NeverConvertShare">The share of journeys without a conversion.</param>
/// <param name="BuyingShare">The share of the stage funnel's customers who buy (its "bought" step over its first step), or null without a purchase-decision stage.</param>
/// <param name="RepurchaseShare">The share of the stage funnel's customers who buy again (its repurchase step over its first step), or null without purchase and repurchase stages.</param>
public sealed record JourneyFindings(string? BottleneckStage, double BottleneckDropOffShare, string? LongestWaitStage, double LongestWaitMedianSeconds, IReadOnlyList<string> LongWaitStages, DfgEdge? SlowestTransition, string? DropOffTouchpoint, double DropOffTouchpointShare, double NeverConvertShare, double? BuyingShare = null, double? RepurchaseShare = null);
