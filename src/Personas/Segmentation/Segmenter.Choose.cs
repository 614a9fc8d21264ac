using System.Globalization;

namespace Personas.Segmentation;

/// <content>The documented rule that chooses k.</content>
public static partial class Segmenter
{
    /// <summary>The silhouette below which the structure is called weak.</summary>
    internal const double WeakSilhouette = 0.25;

    /// <summary>The stability below which the structure is called weak.</summary>
    internal const double WeakStability = 0.75;

    internal static string RuleText(SegmentationOptions o) => o.K is { } k
        ? $"k = {k} was given, not chosen."
        : $"Among k = {o.KMin}..{o.KMax} whose stability (mean adjusted Rand index over {o.StabilityResamples} resamples of {F(o.StabilityFraction * 100)}%) is at least {F(o.MinStability)} "
          + $"and whose smallest cluster holds at least {F(o.MinShare * 100)}% of the rows, the k with the highest silhouette (the smaller k on a tie); "
          + "if no k qualifies, the most stable k (then the higher silhouette, then the smaller k), with a warning.";

    private static (Candidate Chosen, string Reason, string? Warning) Choose(List<Candidate> candidates, SegmentationOptions o)
    {
        if (o.K is not null)
        {
            var only = candidates[0];
            return (only, $"k = {only.K} was given by the user.", null);
        }

        var qualifying = candidates.Where(c => c.Score.Stability >= o.MinStability && c.Score.SmallestShare >= o.MinShare).ToList();
        if (qualifying.Count > 0)
        {
            var best = qualifying.OrderByDescending(c => c.Score.Silhouette).ThenBy(c => c.K).First();
            var list = string.Join(", ", qualifying.Select(c => c.K.ToString(CultureInfo.InvariantCulture)));
            return (best, $"k = {best.K} has the highest silhouette ({F(best.Score.Silhouette)}) among the k that are stable (>= {F(o.MinStability)}) with no cluster under {F(o.MinShare * 100)}%: k = {list}.", null);
        }

        var stable = candidates.OrderByDescending(c => double.IsNaN(c.Score.Stability) ? double.NegativeInfinity : c.Score.Stability)
            .ThenByDescending(c => c.Score.Silhouette).ThenBy(c => c.K).First();
        var reason = $"No k had stability >= {F(o.MinStability)} with every cluster >= {F(o.MinShare * 100)}% of the rows; k = {stable.K} is the most stable ({F(stable.Score.Stability)}).";
        return (stable, reason, "No k met the selection rule: " + reason + " Treat these personas with caution.");
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
