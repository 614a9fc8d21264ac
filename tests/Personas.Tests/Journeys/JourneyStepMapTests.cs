using Personas.Journeys;

namespace Personas.Tests.Journeys;

public class JourneyStepMapTests
{
    [Fact]
    public void StepMap_HandMadeLog_FollowsEachPathToItsOutcome()
    {
        var map = JourneyAnalyzer.Analyze(JourneyBoundaryTests.HandMade()).Overall.StepMap;
        Assert.Equal(6, map.Journeys);
        string Label(int n) => $"{map.Nodes[n].Column}:{map.Nodes[n].Label}";
        var links = map.Links.Select(l => $"{Label(l.From)} -> {Label(l.To)} x{l.Count}").ToArray();
        Assert.Equal(
            [
                "0:search -> 1:website x1", "0:search -> 1:comparison_sites x1", "0:app -> 5:bought x1", "0:newsletter -> 1:website x1",
                "0:social_ads -> 1:search x1", "0:store -> 5:bought x1", "1:website -> 5:bought x2", "1:comparison_sites -> 5:did not buy x1",
                "1:search -> 2:website x1", "2:website -> 5:did not buy x1",
            ],
            links);
    }

    [Fact]
    public void StepMap_Sample_IsAForwardGraphWithNodesOfAtLeastTheMinimumShare()
    {
        var maps = JourneyTestData.Sample.ByPersona.Values.Append(JourneyTestData.Sample.Overall).Select(s => (s.StepMap, s.ConvertingJourneys)).ToArray();
        foreach (var (map, converting) in maps)
        {
            var min = (long)Math.Ceiling(map.MinShare * map.Journeys);
            Assert.True(map.Nodes.Select(n => n.Column).Distinct().Count() >= 3);
            Assert.All(map.Links, l => Assert.True(map.Nodes[l.To].Column > map.Nodes[l.From].Column, "a link goes backwards or loops"));
            Assert.All(map.Nodes.Where(n => n.Kind is StepNodeKind.Touchpoint || (n.Kind is StepNodeKind.Other && n.Column > 0)), n => Assert.True(n.Count >= min, $"{n.Label} at step {n.Column + 1}: {n.Count} < {min}"));
            for (var k = 0; k < map.Nodes.Count; k++)
            {
                var node = map.Nodes[k];
                var incoming = map.Links.Where(l => l.To == k).Sum(l => l.Count);
                var outgoing = map.Links.Where(l => l.From == k).Sum(l => l.Count);
                Assert.Equal(node.Count, node.Column == 0 ? outgoing : incoming);
                Assert.Equal(node.Count, node.Column == map.Steps ? incoming : outgoing);
            }

            var outcomes = map.Nodes.Where(n => n.Column == map.Steps).ToArray();
            Assert.Equal(map.Journeys, outcomes.Sum(n => n.Count));
            Assert.Equal(converting, outcomes.Where(n => n.Kind == StepNodeKind.Bought).Sum(n => n.Count));
        }
    }
}
