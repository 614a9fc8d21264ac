using Personas.Model;

namespace Personas.Tests.Model;

public class PersonaMatcherTests
{
    private static readonly double[][] Previous = [[0, 0], [10, 0], [0, 10]];

    [Fact]
    public void Match_ShuffledAndSlightlyMovedCentroids_PairsEachWithItsOwn()
    {
        double[][] current = [[0.5, 10], [0.2, -0.3], [9.6, 0.4]];
        var pairs = PersonaMatcher.Match(Previous, current, threshold: 5);
        Assert.Equal([(0, 1), (1, 2), (2, 0)], pairs.Select(p => (p.Previous, p.Current)));
        Assert.Equal(Math.Sqrt(0.13), pairs[0].Distance, 12);
    }

    [Fact]
    public void Match_FarAwayCentroid_IsNotForcedIntoAMatch()
    {
        // Previous persona 2 is gone and a new one appears far from everything: it must be born, not matched to 2.
        double[][] current = [[0, 0.5], [10, 0.5], [30, 30]];
        var pairs = PersonaMatcher.Match(Previous, current, threshold: 5);
        Assert.Equal([(0, 0), (1, 1)], pairs.Select(p => (p.Previous, p.Current)));
    }

    [Fact]
    public void Match_GlobalOptimum_BeatsGreedyNearestFirst()
    {
        // Distances: a=0 to x=1,y=-2,z=5.5 are 1, 2, 5.5; b=2.5 to them 1.5, 4.5, 3. Greedy (closest pair first) takes
        // a-x (1) then b-z (3): total 4. The optimum is a-y (2) + b-x (1.5) = 3.5.
        double[][] previous = [[0], [2.5]];
        double[][] current = [[1], [-2], [5.5]];
        var pairs = PersonaMatcher.Match(previous, current, threshold: 10);
        Assert.Equal([(0, 1), (1, 0)], pairs.Select(p => (p.Previous, p.Current)));
        Assert.Equal(3.5, pairs.Sum(p => p.Distance), 12);
    }

    [Fact]
    public void Threshold_IsRelativeToTheMedianNearestNeighbourDistance()
    {
        // Nearest neighbours: 10, 10, 10 -> median 10.
        Assert.Equal(6, PersonaMatcher.Threshold(Previous, [], 0.6), 12);
    }
}
