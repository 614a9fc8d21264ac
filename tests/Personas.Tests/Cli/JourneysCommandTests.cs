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

    /// <summary>The hand-made log of JourneyBoundaryTests as a file (A and B in persona P1, C in P2), with an order column.</summary>
    private static (string Events, string Assignments) HandMadeFiles()
    {
        var dir = Paths.NewTempDir();
        var t0 = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var lines = new List<string> { "customer_id,timestamp,touchpoint,event_type,order" };
        void Add(string id, string order, params (string Touchpoint, double Hours, bool Purchase)[] events) =>
            lines.AddRange(events.Select(e => $"{id},{t0.AddHours(e.Hours):yyyy-MM-ddTHH:mm:ssZ},{e.Touchpoint},{(e.Purchase ? "purchase" : "view")},{order}"));
        Add("A", "a1", ("social_ads", 0, false), ("search", 1, false), ("website", 24, false), ("newsletter", 984, false), ("website", 985, false), ("website", 986, true));
        Add("B", "b1", ("search", 0, false), ("website", 1, false), ("website", 2, true), ("delivery", 48, false), ("search", 384, false), ("comparison_sites", 385, false));
        Add("C", "c1", ("delivery", 0, false), ("store", 72, false), ("store", 72.2, true), ("app", 720, false), ("app", 721, true), ("support", 768, false));
        var events = Path.Combine(dir, "events.csv");
        File.WriteAllLines(events, lines);
        var assignments = Path.Combine(dir, "assignments.csv");
        File.WriteAllText(assignments, "customer_id,persona_id,persona_name,distance,confidence,is_outlier\nA,P1,Web browsers,1,0.5,false\nB,P1,Web browsers,1,0.5,false\nC,P2,Store and app buyers,1,0.5,false\n");
        return (events, assignments);
    }

    private static (JsonElement Json, string Out, string Dir) Journeys(params string[] extra)
    {
        var (events, _) = HandMadeFiles();
        var outDir = Paths.NewTempDir();
        var (code, stdout, stderr) = BuildCommandTests.Run(["journeys", "--events", events, .. extra, "--out", outDir]);
        Assert.True(code == 0, stderr);
        return (JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "journeys.json"))).RootElement, stdout, outDir);
    }

    [Fact]
    public void Journeys_Defaults_CutPurchaseJourneysAndWriteTheReports()
    {
        var (events, assignments) = HandMadeFiles();
        var outDir = Paths.NewTempDir();
        var (code, stdout, stderr) = BuildCommandTests.Run("journeys", "--events", events, "--assignments", assignments, "--out", outDir);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "journeys.json")));
        Assert.Equal("purchase", doc.RootElement.GetProperty("split").GetString());
        Assert.Equal(6, doc.RootElement.GetProperty("journeys").GetInt32());
        var md = File.ReadAllText(Path.Combine(outDir, "journeys.md"));
        Assert.Contains("## Web browsers (P1)", md, StringComparison.Ordinal);
        Assert.Contains("How journeys are counted: purchase journeys", md, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(outDir, "journeys.html"));
        Assert.Contains("Store and app buyers", html, StringComparison.Ordinal);
        Assert.Contains("personas-chart-1", html, StringComparison.Ordinal);
        Assert.Contains("Web browsers: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Journeys_SplitCustomer_TurnsSplittingOff()
    {
        Assert.Equal(3, Journeys("--split", "customer").Json.GetProperty("journeys").GetInt32());
        Assert.Equal("perCustomer", Journeys("--split", "customer").Json.GetProperty("split").GetString());
    }

    [Fact]
    public void Journeys_JourneyColumn_KeepsEachValueAsOneJourney()
    {
        var json = Journeys("--journey-column", "order").Json;
        Assert.Equal("journeyColumn", json.GetProperty("split").GetString());
        Assert.Equal(3, json.GetProperty("journeys").GetInt32());
    }

    [Fact]
    public void Journeys_GapDays_ChangesWhereJourneysEnd()
    {
        // B's delivery comes 46 hours after its purchase, C's support contact 47 hours after its: inside the 30-day
        // default, but after a 1-day gap they follow no journey (a post-purchase touch never starts one).
        Assert.Equal(1, Journeys().Json.GetProperty("eventsOutsideJourneys").GetInt32());
        Assert.Equal(3, Journeys("--gap-days", "1").Json.GetProperty("eventsOutsideJourneys").GetInt32());
        var (events, _) = HandMadeFiles();
        var (code, _, stderr) = BuildCommandTests.Run("journeys", "--events", events, "--split", "customer", "--gap-days", "10", "--out", Paths.NewTempDir());
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("--gap-days", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Journeys_PostPurchaseTouchpointsNone_MakesDeliveriesTouches()
    {
        var json = Journeys("--post-purchase-touchpoints", "none").Json;
        Assert.Empty(json.GetProperty("postPurchaseTouchpoints").EnumerateArray());
        Assert.True(json.GetProperty("attribution").GetProperty("firstTouch").TryGetProperty("delivery", out _));
        Assert.Equal(["delivery"], Journeys("--post-purchase-touchpoints", "delivery").Json.GetProperty("postPurchaseTouchpoints").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Journeys_CollapseRepeatsFalse_KeepsRepeatsInPaths()
    {
        var collapsed = Journeys().Json.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("path").GetArrayLength()).Sum();
        var raw = Journeys("--collapse-repeats", "false").Json.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("path").GetArrayLength()).Sum();
        Assert.True(raw > collapsed, $"{raw} <= {collapsed}");
    }

    [Fact]
    public void Journeys_MinCount_DecidesWhichWaitsAreCompared()
    {
        // A takes 23 hours from search to website, B one hour: compared only when one journey on each side is enough.
        var (events, _) = HandMadeFiles();
        var assignments = Path.Combine(Path.GetDirectoryName(events)!, "two.csv");
        File.WriteAllText(assignments, "customer_id,persona_id\nA,P1\nB,P2\nC,P2\n");
        int Waits(params string[] extra)
        {
            var outDir = Paths.NewTempDir();
            var (code, _, stderr) = BuildCommandTests.Run(["journeys", "--events", events, "--assignments", assignments, .. extra, "--out", outDir]);
            Assert.True(code == 0, stderr);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "journeys.json")));
            return doc.RootElement.GetProperty("personaComparison").EnumerateObject().Sum(p => p.Value.GetProperty("slowerWaits").GetArrayLength());
        }

        Assert.Equal(0, Waits());
        Assert.True(Waits("--min-count", "1") > 0);
    }

    [Fact]
    public void Attribution_WritesHtmlAndCsvBesideTheJson()
    {
        var dir = Paths.NewTempDir();
        var paths = Path.Combine(dir, "paths.csv");
        File.WriteAllText(paths, "path,total_conversions\nA > B > A > B > B > A,1\nA > B > B > A > A,1\nA > A,1\n");
        var outFile = Path.Combine(dir, "out", "channels.json");
        var (code, stdout, stderr) = BuildCommandTests.Run("attribution", "--paths", paths, "--out", outFile);
        Assert.True(code == 0, stderr);
        var csv = File.ReadAllLines(Path.Combine(dir, "out", "channels.csv"));
        Assert.StartsWith("channel,first_touch_conversions,first_touch_share", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("A,3,1,3,1,", csv[1], StringComparison.Ordinal);
        Assert.Contains("personas-chart-1", File.ReadAllText(Path.Combine(dir, "out", "channels.html")), StringComparison.Ordinal);
        Assert.Contains("channels.html and channels.csv", stdout, StringComparison.Ordinal);
        var (bad, _, err) = BuildCommandTests.Run("attribution", "--paths", paths, "--out", Path.Combine(dir, "x.csv"));
        Assert.Equal(CliApp.UsageError, bad);
        Assert.Contains(".json", err, StringComparison.Ordinal);
    }
}
