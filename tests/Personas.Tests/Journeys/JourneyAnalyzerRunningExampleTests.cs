using System.Globalization;
using Personas.Journeys;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys;

public class JourneyAnalyzerRunningExampleTests
{
    private const string Csv = "event-logs/running-example.csv";

    private static readonly EventReadOptions Pm4py = new() { CustomerColumn = "case:concept:name", TouchpointColumn = "concept:name", TimestampColumn = "time:timestamp" };

    private static JourneyMap Analyze() => JourneyAnalyzer.Analyze(EventLogReader.ReadFile(Paths.Shared(Csv), Pm4py));

    [SharedDataFact(Csv)]
    public void Analyze_RunningExample_MatchesPm4pyPublishedDirectlyFollowsGraph()
    {
        var map = Analyze();
        var (activities, start, end, edges) = ReadDfg(Paths.Shared("event-logs/running-example.dfg"));
        var dfg = map.Overall.Dfg;
        Assert.Equal(edges.Count, dfg.Edges.Count);
        foreach (var ((from, to), count) in edges)
        {
            var edge = dfg.Edge(activities[from], activities[to]);
            Assert.NotNull(edge);
            Assert.Equal(count, edge!.Count);
        }

        Assert.Equal(start.ToDictionary(kv => activities[kv.Key], kv => kv.Value), dfg.Start);
        Assert.Equal(end.ToDictionary(kv => activities[kv.Key], kv => kv.Value), dfg.End);
        Assert.Equal(6, map.Overall.Journeys);
        Assert.Equal(42, map.Overall.Events);
        Assert.Equal(6, map.Overall.VariantCount);
    }

    [SharedDataFact(Csv)]
    public void Analyze_RunningExample_CheckTicketToDecideTimings()
    {
        var edge = Analyze().Overall.Dfg.Edge("check ticket", "decide");
        Assert.NotNull(edge);
        Assert.Equal(6, edge!.Count);
        Assert.Equal(181_960, edge.MeanSeconds, 6);
        Assert.Equal(129_300, edge.MedianSeconds, 6);
        Assert.Equal(1_800, edge.MinSeconds, 6);
        Assert.Equal(578_640, edge.MaxSeconds, 6);
        Assert.Equal(181_960 * 6, edge.SumSeconds, 6);
        Assert.True(edge.StdevSeconds > 0);
    }

    // pm4py's .dfg format: activity count, names, start count and "index x count" lines, end count and lines, then "i>j x count" edges.
    private static (string[] Activities, Dictionary<int, long> Start, Dictionary<int, long> End, Dictionary<(int, int), long> Edges) ReadDfg(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var k = 0;
        var n = int.Parse(lines[k++], CultureInfo.InvariantCulture);
        var activities = lines.Skip(k).Take(n).ToArray();
        k += n;
        Dictionary<int, long> Counts()
        {
            var m = int.Parse(lines[k++], CultureInfo.InvariantCulture);
            var d = new Dictionary<int, long>();
            for (var i = 0; i < m; i++)
            {
                var parts = lines[k++].Split('x');
                d[int.Parse(parts[0], CultureInfo.InvariantCulture)] = long.Parse(parts[1], CultureInfo.InvariantCulture);
            }

            return d;
        }

        var start = Counts();
        var end = Counts();
        var edges = new Dictionary<(int, int), long>();
        for (; k < lines.Length; k++)
        {
            var parts = lines[k].Split('x');
            var ij = parts[0].Split('>');
            edges[(int.Parse(ij[0], CultureInfo.InvariantCulture), int.Parse(ij[1], CultureInfo.InvariantCulture))] = long.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return (activities, start, end, edges);
    }
}
