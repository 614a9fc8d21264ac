using System.Text.Json;
using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

public class JourneysCommandTests
{
    [SharedDataFact("event-logs/running-example.csv")]
    public void Journeys_ProcessMiningColumns_LoadDirectlyAndGiveSixVariants()
    {
        var outDir = Paths.NewTempDir();
        var (code, _, stderr) = BuildCommandTests.Run("journeys", "--events", Paths.Shared("event-logs/running-example.csv"),
            "--customer-column", "case:concept:name", "--touchpoint-column", "concept:name", "--timestamp-column", "time:timestamp", "--out", outDir);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "journeys.json")));
        Assert.Equal(6, doc.RootElement.GetProperty("variantCount").GetInt32());
        Assert.Equal(42, doc.RootElement.GetProperty("events").GetInt32());
        var edge = doc.RootElement.GetProperty("dfg").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("from").GetString() == "check ticket" && e.GetProperty("to").GetString() == "decide");
        Assert.Equal(6, edge.GetProperty("count").GetInt32());
        Assert.Equal(181960, edge.GetProperty("meanSeconds").GetDouble(), 0.5);
    }

    [Fact]
    public void Attribution_VignettePaths_GiveMarkovTwoToOne()
    {
        var dir = Paths.NewTempDir();
        var paths = Path.Combine(dir, "paths.csv");
        File.WriteAllText(paths, "path,total_conversions\nA > B > A > B > B > A,1\nA > B > B > A > A,1\nA > A,1\n");
        var outFile = Path.Combine(dir, "out", "attribution.json");
        var (code, _, stderr) = BuildCommandTests.Run("attribution", "--paths", paths, "--out", outFile);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        var markov = doc.RootElement.GetProperty("markov").GetProperty("conversions");
        Assert.Equal(2, markov.GetProperty("A").GetDouble(), 6);
        Assert.Equal(1, markov.GetProperty("B").GetDouble(), 6);
        Assert.Equal(3, doc.RootElement.GetProperty("firstTouch").GetProperty("A").GetDouble(), 6);
    }

    [Fact]
    public void Journeys_MissingTimestampColumn_ExitsOne()
    {
        var dir = Paths.NewTempDir();
        var events = Path.Combine(dir, "events.csv");
        File.WriteAllText(events, "customer_id,touchpoint\nA,web\n");
        var (code, _, stderr) = BuildCommandTests.Run("journeys", "--events", events, "--out", Path.Combine(dir, "out"));
        Assert.Equal(CliApp.BadData, code);
        Assert.Contains("events.csv", stderr, StringComparison.Ordinal);
    }
}
