using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Tests.Segmentation;

/// <summary>The rule that chooses k (issue 14, docs/columns.md "Choice of k"), on candidates with given scores.</summary>
public class KChoiceTests
{
    private const int N = 1000;

    private static Candidate C(int k, double silhouette, double noise = 0.005, double stability = 0.95, int smallest = 200) =>
        new(k, [], new int[N], new KScore(k, 1000.0 / k, silhouette, null, 100, 1, stability, (double)smallest / N) { SilhouetteNoise = noise, SmallestSize = smallest }, [], new StabilityResult(stability, []));

    private static Segmenter.KChoice Choose(SegmentationOptions o, params Candidate[] candidates) => Segmenter.Choose([.. candidates], o, N);

    [Fact]
    public void TheHighestSilhouette_Wins_AndTheRunnerUpSaysWhyItLost()
    {
        var choice = Choose(new SegmentationOptions { KMax = 5 }, C(2, 0.30), C(3, 0.42), C(4, 0.35), C(5, 0.33));
        Assert.Equal(3, choice.Chosen.K);
        Assert.StartsWith("k = 3 has the highest silhouette (0.42) among the k that are stable (>= 0.8) with no persona under 30 customers (3%): k = 2, 3, 4, 5.", choice.Reason, StringComparison.Ordinal);
        Assert.Equal(4, choice.RunnerUp!.K);
        Assert.Equal("k = 4 has a lower silhouette (0.35 against 0.42).", choice.RunnerUpReason);
        Assert.Empty(choice.Warnings);
    }

    [Fact]
    public void ASmallerK_WithinTheBootstrapNoiseOfTheBest_IsPreferred()
    {
        // 0.42 - 0.40 = 0.02 is within 2 * sqrt(0.01² + 0.01²) = 0.028: fewer personas are easier to use.
        var choice = Choose(new SegmentationOptions { KMax = 5 }, C(2, 0.30, 0.01), C(3, 0.40, 0.01), C(4, 0.42, 0.01), C(5, 0.33, 0.01));
        Assert.Equal(3, choice.Chosen.K);
        Assert.Contains("within the bootstrap noise (±0.028) of the highest, k = 4 (0.42), so the smaller k is preferred", choice.Reason, StringComparison.Ordinal);
        Assert.Equal(4, choice.RunnerUp!.K);
        Assert.Contains("by less than the bootstrap noise", choice.RunnerUpReason, StringComparison.Ordinal);

        // With less noise the difference counts.
        Assert.Equal(4, Choose(new SegmentationOptions { KMax = 5 }, C(2, 0.30, 0.002), C(3, 0.40, 0.002), C(4, 0.42, 0.002), C(5, 0.33, 0.002)).Chosen.K);
    }

    [Fact]
    public void AKWithAPersonaUnderTheMinimum_DoesNotQualify()
    {
        // 3% of 1,000 customers is 30; the card minimum (MinClusterSize, raised by the builder to MinPersonaSize) can be more.
        var candidates = new[] { C(2, 0.30), C(3, 0.35), C(4, 0.50, smallest: 12), C(5, 0.33, smallest: 40) };
        var choice = Choose(new SegmentationOptions { KMax = 5 }, candidates);
        Assert.Equal(3, choice.Chosen.K);
        Assert.Equal("k = 4 has a silhouette of 0.5, but its smallest persona holds 12 customers (1.2%), under the minimum of 30.", choice.RunnerUpReason);
        var larger = Choose(new SegmentationOptions { KMax = 5, MinClusterSize = 50 }, candidates);
        Assert.Equal(3, larger.Chosen.K);
        Assert.Contains("no persona under 50 customers (5%): k = 2, 3.", larger.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnstableK_DoesNotQualify()
    {
        var choice = Choose(new SegmentationOptions { KMax = 4 }, C(2, 0.30), C(3, 0.45, stability: 0.6), C(4, 0.40));
        Assert.Equal(4, choice.Chosen.K);
        Assert.Equal("k = 3 has a silhouette of 0.45, but is not stable enough (0.6 < 0.8): another sample of customers gives other personas.", choice.RunnerUpReason);
    }

    [Fact]
    public void AChosenKAtTheEdgeOfTheRange_IsWarnedAbout()
    {
        var top = Choose(new SegmentationOptions { KMax = 4 }, C(2, 0.30), C(3, 0.35), C(4, 0.45));
        Assert.Equal(4, top.Chosen.K);
        Assert.Equal("k = 4 is the largest k tried (KMax, --k-max 4): more personas might fit the data better. Try a larger --k-max, or read these personas as broad groups.", Assert.Single(top.Warnings));

        var bottom = Choose(new SegmentationOptions { KMin = 3, KMax = 5 }, C(3, 0.45), C(4, 0.35), C(5, 0.30));
        Assert.Contains("smallest k tried (KMin, --k-min 3)", Assert.Single(bottom.Warnings), StringComparison.Ordinal);

        // k = 2 is the smallest possible: no warning.
        Assert.Empty(Choose(new SegmentationOptions { KMax = 4 }, C(2, 0.45), C(3, 0.35), C(4, 0.30)).Warnings);
    }

    [Fact]
    public void WhenNoKQualifies_TheMostStableLargeEnoughK_IsUsedWithAWarning()
    {
        var choice = Choose(new SegmentationOptions { KMax = 4 }, C(2, 0.30, stability: 0.5), C(3, 0.35, stability: 0.7), C(4, 0.45, stability: 0.75, smallest: 5));
        Assert.Equal(3, choice.Chosen.K);
        Assert.Contains(choice.Warnings, w => w.StartsWith("No k met the selection rule: No k had stability >= 0.8 with no persona under 30 customers (3%); k = 3 is the most stable (0.7) among the k with personas large enough.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBuilder_RaisesTheSmallestPersonaToTheCardMinimum_OnlyForAutomaticK()
    {
        var profiling = new ProfilingOptions { MinPersonaSize = 45 };
        Assert.Equal(45, PersonaBuilder.SegmentationFor(new SegmentationOptions(), profiling).MinClusterSize);
        Assert.Equal(60, PersonaBuilder.SegmentationFor(new SegmentationOptions { MinClusterSize = 60 }, profiling).MinClusterSize);
        Assert.Equal(0, PersonaBuilder.SegmentationFor(new SegmentationOptions { K = 4 }, profiling).MinClusterSize);
    }
}
