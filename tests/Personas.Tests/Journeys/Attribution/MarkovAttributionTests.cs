using Personas.Journeys.Attribution;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys.Attribution;

public class MarkovAttributionTests
{
    private static AttributionPath P(string path, double conv, double nulls = 0, double value = 0) =>
        new(path.Split('>'), conv, nulls, value);

    [Fact]
    public void Compute_ChannelAttributionVignette_GivesA2B1AndFirstLastTouchA3()
    {
        // ChannelAttribution vignette: A>B>A>B>B>A, A>B>B>A>A, A>A, one conversion each, no nulls.
        var set = PathSet.FromPaths([P("A>B>A>B>B>A", 1), P("A>B>B>A>A", 1), P("A>A", 1)]);
        var r = AttributionModels.Compute(set);
        Assert.Equal(2, r.Markov.Conversions["A"], 12);
        Assert.Equal(1, r.Markov.Conversions["B"], 12);
        Assert.Equal(3, r.FirstTouch.Conversions["A"], 12);
        Assert.Equal(0, r.FirstTouch.Conversions["B"], 12);
        Assert.Equal(3, r.LastTouch.Conversions["A"], 12);
        Assert.Equal(1, r.Markov.ConversionProbability, 12);
    }

    [Fact]
    public void Compute_ThreeChannelExample_GivesRemovalEffectsSharesAndValue()
    {
        // C1>C2>C3 (1 conversion, value 1000), C1 (null), C2>C3 (null).
        // P(conv) = 2/3 * 1/2 * 1/2 + 1/3 * 1/2 = 1/3; without C1: 1/6 (RE 0.5); without C2 or C3: 0 (RE 1).
        var set = PathSet.FromPaths([P("C1>C2>C3", 1, 0, 1000), P("C1", 0, 1), P("C2>C3", 0, 1)]);
        var m = MarkovAttribution.Compute(set);
        Assert.Equal(1.0 / 3, m.ConversionProbability, 12);
        Assert.Equal(0.5, m.RemovalEffects["C1"], 12);
        Assert.Equal(1, m.RemovalEffects["C2"], 12);
        Assert.Equal(1, m.RemovalEffects["C3"], 12);
        Assert.Equal(0.2, m.Shares["C1"], 12);
        Assert.Equal(0.4, m.Shares["C2"], 12);
        Assert.Equal(0.4, m.Shares["C3"], 12);
        Assert.NotNull(m.Values);
        Assert.Equal(200, m.Values!["C1"], 9);
        Assert.Equal(400, m.Values["C2"], 9);
        Assert.Equal(400, m.Values["C3"], 9);
    }

    [Fact]
    public void Compute_TwoPathExample_GivesTransitionsAndRemovalEffects()
    {
        // a>b (3 conversions, 1 null), a>c (1 conversion, 1 null).
        var set = PathSet.FromPaths([P("a>b", 3, 1), P("a>c", 1, 1)]);
        var m = MarkovAttribution.Compute(set);
        Assert.Equal(2.0 / 3, m.TransitionProbability("a", "b"), 12);
        Assert.Equal(0.75, m.TransitionProbability("b", "(conversion)"), 12);
        Assert.Equal(0.5, m.TransitionProbability("c", "(conversion)"), 12);
        Assert.Equal(1, m.RemovalEffects["a"], 12);
        Assert.Equal(0.75, m.RemovalEffects["b"], 12);
        Assert.Equal(0.25, m.RemovalEffects["c"], 12);
        Assert.Equal(4, m.Conversions.Values.Sum(), 12);
    }

    [Fact]
    public void Compute_SecondOrder_UsesTupleStatesAndStillCreditsAllConversions()
    {
        var set = PathSet.FromPaths([P("a>b>c", 2, 1), P("b>a>c", 1, 2), P("a>c", 1, 1)]);
        var m = MarkovAttribution.Compute(set, new AttributionOptions { MarkovOrder = 2 });
        Assert.Equal(2, m.Order);
        Assert.Contains(m.Transitions, t => t.From == "a > b" && t.To == "b > c");
        Assert.Equal(4, m.Conversions.Values.Sum(), 9);
        Assert.All(m.RemovalEffects.Values, v => Assert.InRange(v, 0, 1));
    }

    [Fact]
    public void Compute_ManyStates_IterativeSolverAgreesWithDirectSolver()
    {
        // Order 3 over 9 channels gives more than 400 states (Gauss-Seidel); order 1 on the same data is solved directly.
        var random = new Random(7);
        var paths = new List<AttributionPath>();
        for (var i = 0; i < 3000; i++)
        {
            var n = random.Next(1, 8);
            var touches = Enumerable.Range(0, n).Select(_ => "c" + random.Next(9)).ToArray();
            paths.Add(new AttributionPath(touches, random.Next(0, 3), random.Next(0, 3)));
        }

        var set = PathSet.FromPaths(paths);
        var high = MarkovAttribution.Compute(set, new AttributionOptions { MarkovOrder = 3 });
        Assert.True(high.StateCount > 400);
        // Direct check of P(conversion): the share of converting journeys equals the absorption probability for any order.
        Assert.Equal(set.TotalConversions / (set.TotalConversions + set.TotalNulls), high.ConversionProbability, 10);
        var low = MarkovAttribution.Compute(set);
        Assert.Equal(set.TotalConversions / (set.TotalConversions + set.TotalNulls), low.ConversionProbability, 12);
    }

    [Fact]
    public void Compute_WithBootstrap_GivesDeterministicIntervalsAroundTheShares()
    {
        var set = PathSet.FromPaths([P("a>b", 30, 10), P("a>c", 10, 10), P("c", 5, 20)]);
        var options = new AttributionOptions { BootstrapResamples = 50, Seed = 3 };
        var m1 = MarkovAttribution.Compute(set, options);
        var m2 = MarkovAttribution.Compute(set, options);
        Assert.NotNull(m1.ShareIntervals);
        Assert.Equal(m1.ShareIntervals, m2.ShareIntervals);
        foreach (var (channel, ci) in m1.ShareIntervals!)
        {
            Assert.True(ci.Lower <= m1.Shares[channel] + 0.05 && ci.Upper >= m1.Shares[channel] - 0.05, channel);
            Assert.True(ci.Lower <= ci.Upper);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Compute_AnyPaths_CreditsExactlyTheTotalConversionsWithRemovalEffectsInZeroOne(int seed)
    {
        var random = new Random(seed);
        var paths = Enumerable.Range(0, random.Next(1, 30)).Select(_ =>
            new AttributionPath(Enumerable.Range(0, random.Next(1, 6)).Select(_ => "c" + random.Next(5)).ToArray(), random.Next(0, 4), random.Next(0, 4))).ToList();
        var set = PathSet.FromPaths(paths);
        var r = AttributionModels.Compute(set, new AttributionOptions { MarkovOrder = 1 + (Math.Abs(seed) % 3) });
        var total = set.TotalConversions;
        bool Sums(IReadOnlyDictionary<string, double> credit) => Math.Abs(credit.Values.Sum() - total) < 1e-9;
        return Sums(r.FirstTouch.Conversions) && Sums(r.LastTouch.Conversions) && Sums(r.Linear.Conversions) && Sums(r.PositionBased.Conversions)
            && (total == 0 || Sums(r.Markov.Conversions))
            && r.Markov.RemovalEffects.Values.All(v => v >= 0 && v <= 1 + 1e-12)
            && Math.Abs(r.Markov.ConversionProbability - (set.Count == 0 || total + set.TotalNulls == 0 ? 0 : total / (total + set.TotalNulls))) < 1e-9;
    }

    [Fact]
    public void Heuristics_PositionBasedAndLinear_SplitAsDefined()
    {
        var set = PathSet.FromPaths([P("a>b>c>d", 1), P("x>y", 2)]);
        var pos = AttributionModels.PositionBased(set).Conversions;
        Assert.Equal(0.4, pos["a"], 12);
        Assert.Equal(0.1, pos["b"], 12);
        Assert.Equal(0.1, pos["c"], 12);
        Assert.Equal(0.4, pos["d"], 12);
        Assert.Equal(1, pos["x"], 12);
        var lin = AttributionModels.Linear(set).Conversions;
        Assert.Equal(0.25, lin["a"], 12);
        Assert.Equal(1, lin["y"], 12);
    }

    [Fact]
    public void TimeDecay_TouchOneHalfLifeEarlier_GetsHalfTheWeight()
    {
        var path = new AttributionPath(["old", "new"], 3) { SecondsBeforeEnd = [7 * 86400, 0] };
        var credit = AttributionModels.TimeDecay(PathSet.FromPaths([path]), 7).Conversions;
        Assert.Equal(1, credit["old"], 12);
        Assert.Equal(2, credit["new"], 12);
    }

    [SharedDataFact("channelattribution-pathdata/PathData.csv")]
    public void ReadFile_PathData_MatchesProvenanceTotalsAndCreditsEveryConversion()
    {
        var set = PathFileReader.ReadFile(Paths.Shared("channelattribution-pathdata/PathData.csv"));
        // PROVENANCE.md: 10,000 paths; 12 channels; conversions 19,785; nulls 68,602; value 74,802.97.
        Assert.Equal(10_000, set.Count);
        Assert.Equal(12, set.Channels.Count);
        Assert.Equal(19_785, set.TotalConversions, 6);
        Assert.Equal(68_602, set.TotalNulls, 6);
        Assert.Equal(74_802.97, set.TotalValue, 1);
        Assert.Empty(set.Exclusions);
        var r = AttributionModels.Compute(set);
        Assert.Equal(19_785, r.Markov.Conversions.Values.Sum(), 6);
        Assert.Equal(74_802.97, r.Markov.Values!.Values.Sum(), 1);
        Assert.Equal(19_785, r.FirstTouch.Conversions.Values.Sum(), 6);
        Assert.Equal(19_785, r.PositionBased.Conversions.Values.Sum(), 6);
        Assert.Null(r.TimeDecay);
        Assert.Equal(19_785 / (19_785.0 + 68_602), r.Markov.ConversionProbability, 9);
    }

    [Fact]
    public void ReadFile_BadCount_IsExcludedWithLineOrFails()
    {
        var dir = Paths.NewTempDir();
        var file = Path.Combine(dir, "paths.csv");
        File.WriteAllText(file, "path;total_conversions;total_null\na > b;1;2\n > ;1;0\nc;x;1\n");
        var set = PathFileReader.ReadFile(file);
        Assert.Equal(1, set.Count);
        Assert.Equal([3L, 4L], set.Exclusions.Select(e => e.Line));
        var e = Assert.Throws<Personas.Data.PersonasDataException>(() => PathFileReader.ReadFile(file, Personas.Data.RowErrorPolicy.Fail));
        Assert.Equal(3, e.Line);
    }
}
