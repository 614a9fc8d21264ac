using System.Globalization;

namespace Personas.Segmentation;

/// <content>The documented rule that chooses k.</content>
public static partial class Segmenter
{
    /// <summary>The silhouette below which the structure is called weak.</summary>
    internal const double WeakSilhouette = 0.25;

    /// <summary>The stability below which the structure is called weak.</summary>
    internal const double WeakStability = 0.75;

    /// <summary>How many standard errors of the difference two silhouettes may differ by and still count as equal (about 95%).</summary>
    internal const double NoiseWidth = 2.0;

    internal static string RuleText(SegmentationOptions o) => o.K is { } k
        ? $"k = {k} was given, not chosen."
        : $"Among k = {o.KMin}..{o.KMax} whose stability (mean adjusted Rand index over {o.StabilityResamples} resamples of {F(o.StabilityFraction * 100)}%) is at least {F(o.MinStability)} "
          + $"and whose smallest cluster holds at least {F(o.MinShare * 100)}% of the rows{(o.MinClusterSize > 0 ? $" and at least {o.MinClusterSize} customers (so that every persona can be described)" : string.Empty)}, "
          + $"the k with the highest silhouette; the smallest k whose silhouette is within the bootstrap noise of the best ({F(NoiseWidth)} standard errors of the difference) is preferred. "
          + "If no k qualifies, the most stable k among those whose personas are large enough (then the higher silhouette, then the smaller k), with a warning.";

    /// <summary>The fewest customers a cluster must hold for its k to qualify.</summary>
    internal static int MinSize(SegmentationOptions o, int n) => Math.Max((int)Math.Ceiling(o.MinShare * n), o.MinClusterSize);

    internal static KChoice Choose(List<Candidate> candidates, SegmentationOptions o, int n)
    {
        if (o.K is not null)
        {
            var only = candidates[0];
            return new KChoice(only, $"k = {only.K} was given by the user.", null, null, []);
        }

        var minSize = MinSize(o, n);
        bool Stable(Candidate c) => double.IsNaN(c.Score.Stability) || c.Score.Stability >= o.MinStability;
        bool Large(Candidate c) => c.Score.SmallestSize >= minSize;
        var warnings = new List<string>();
        var qualifying = candidates.Where(c => Stable(c) && Large(c)).ToList();
        Candidate chosen;
        string reason;
        Candidate? runnerUp;
        string? runnerReason;
        var sizeText = $"no persona under {minSize} customers ({F(100.0 * minSize / n)}%)";
        if (qualifying.Count > 0)
        {
            var best = qualifying.OrderByDescending(c => c.Score.Silhouette).ThenBy(c => c.K).First();
            chosen = qualifying.Where(c => best.Score.Silhouette - c.Score.Silhouette <= Noise(best, c)).OrderBy(c => c.K).First();
            var list = string.Join(", ", qualifying.Select(c => c.K.ToString(CultureInfo.InvariantCulture)));
            if (ReferenceEquals(chosen, best))
            {
                reason = $"k = {best.K} has the highest silhouette ({F(best.Score.Silhouette)}) among the k that are stable (>= {F(o.MinStability)}) with {sizeText}: k = {list}.";
                runnerUp = candidates.Where(c => !ReferenceEquals(c, chosen)).OrderByDescending(c => c.Score.Silhouette).ThenBy(c => c.K).FirstOrDefault();
                runnerReason = runnerUp is null ? null : WhyNot(runnerUp, chosen, o, minSize, Stable, Large);
            }
            else
            {
                reason = $"k = {chosen.K}: its silhouette ({F(chosen.Score.Silhouette)}) is within the bootstrap noise (±{F(Noise(best, chosen))}) of the highest, k = {best.K} ({F(best.Score.Silhouette)}), "
                    + $"so the smaller k is preferred; among the k that are stable (>= {F(o.MinStability)}) with {sizeText}: k = {list}.";
                runnerUp = best;
                runnerReason = $"k = {best.K} has a higher silhouette ({F(best.Score.Silhouette)} against {F(chosen.Score.Silhouette)}), but by less than the bootstrap noise (±{F(Noise(best, chosen))}), and fewer personas are easier to use.";
            }
        }
        else
        {
            var pool = candidates.Where(Large).ToList();
            if (pool.Count == 0)
            {
                pool = candidates;
            }

            chosen = pool.OrderByDescending(c => double.IsNaN(c.Score.Stability) ? double.NegativeInfinity : c.Score.Stability)
                .ThenByDescending(c => c.Score.Silhouette).ThenBy(c => c.K).First();
            reason = $"No k had stability >= {F(o.MinStability)} with {sizeText}; k = {chosen.K} is the most stable ({F(chosen.Score.Stability)}){(Large(chosen) ? " among the k with personas large enough" : string.Empty)}.";
            warnings.Add("No k met the selection rule: " + reason + " Treat these personas with caution.");
            runnerUp = pool.Where(c => !ReferenceEquals(c, chosen)).OrderByDescending(c => c.Score.Stability).ThenByDescending(c => c.Score.Silhouette).FirstOrDefault();
            runnerReason = runnerUp is null ? null : $"k = {runnerUp.K} is less stable ({F(runnerUp.Score.Stability)} against {F(chosen.Score.Stability)}).";
        }

        if (chosen.K == o.KMax && candidates.Count > 1)
        {
            warnings.Add($"k = {chosen.K} is the largest k tried (KMax, --k-max {o.KMax}): more personas might fit the data better. Try a larger --k-max, or read these personas as broad groups.");
        }
        else if (chosen.K == o.KMin && o.KMin > 2 && candidates.Count > 1)
        {
            warnings.Add($"k = {chosen.K} is the smallest k tried (KMin, --k-min {o.KMin}): fewer personas might fit the data better. Try a smaller --k-min.");
        }

        if (runnerUp is not null)
        {
            reason += $" Runner-up: {runnerReason}";
        }

        return new KChoice(chosen, reason, runnerUp, runnerReason, warnings);
    }

    /// <summary>Why a candidate lost to the chosen k.</summary>
    private static string WhyNot(Candidate c, Candidate chosen, SegmentationOptions o, int minSize, Func<Candidate, bool> stable, Func<Candidate, bool> large)
    {
        var n = c.Labels.Length;
        if (!large(c))
        {
            return $"k = {c.K} has a silhouette of {F(c.Score.Silhouette)}, but its smallest persona holds {c.Score.SmallestSize} customers ({F(100.0 * c.Score.SmallestSize / n)}%), under the minimum of {minSize}.";
        }

        if (!stable(c))
        {
            return $"k = {c.K} has a silhouette of {F(c.Score.Silhouette)}, but is not stable enough ({F(c.Score.Stability)} < {F(o.MinStability)}): another sample of customers gives other personas.";
        }

        return $"k = {c.K} has a lower silhouette ({F(c.Score.Silhouette)} against {F(chosen.Score.Silhouette)}).";
    }

    /// <summary>The noise of the difference between two silhouettes: <see cref="NoiseWidth"/> times the root of the summed squared bootstrap errors.</summary>
    private static double Noise(Candidate a, Candidate b)
    {
        var (ea, eb) = (a.Score.SilhouetteNoise, b.Score.SilhouetteNoise);
        return double.IsFinite(ea) && double.IsFinite(eb) ? NoiseWidth * Math.Sqrt((ea * ea) + (eb * eb)) : 0;
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    internal sealed record KChoice(Candidate Chosen, string Reason, Candidate? RunnerUp, string? RunnerUpReason, List<string> Warnings);
}
