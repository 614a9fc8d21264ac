using System.IO.Compression;
using System.Text;
using Personas.Data;
using Personas.Journeys;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Journeys;

public class EventLogReaderTests
{
    private static string Write(string text, string name = "events.csv")
    {
        var path = Path.Combine(Paths.NewTempDir(), name);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    private static string[] Sequence(EventLog log, int customer)
    {
        var s = log.CustomerStarts;
        return Enumerable.Range(s[customer], s[customer + 1] - s[customer]).Select(i => log.Touchpoints[log.TouchpointIds[i]]).ToArray();
    }

    [Fact]
    public void ReadFile_UnsortedInputWithTies_SortsStablyByTimeThenInputOrderAndCountsTies()
    {
        var path = Write("customer_id,timestamp,touchpoint\n" +
                         "c1,2024-01-03T00:00:00Z,third\n" +
                         "c2,2024-01-01T00:00:00Z,only\n" +
                         "c1,2024-01-01T00:00:00Z,first\n" +
                         "c1,2024-01-02T00:00:00Z,tieA\n" +
                         "c1,2024-01-02T00:00:00Z,tieB\n");
        var log = EventLogReader.ReadFile(path);
        Assert.Equal(["c1", "c2"], log.Customers);
        Assert.Equal(["first", "tieA", "tieB", "third"], Sequence(log, 0));
        Assert.Equal(1, log.TieCount);
        Assert.Equal(5, log.EventsRead);
    }

    [Fact]
    public void ReadFile_SequenceColumn_OrdersEqualTimestamps()
    {
        var path = Write("customer_id,timestamp,touchpoint,seq\nc1,2024-01-02,b,2\nc1,2024-01-02,a,1\nc1,2024-01-01,z,9\n");
        var log = EventLogReader.ReadFile(path, new EventReadOptions { SequenceColumn = "seq" });
        Assert.Equal(["z", "a", "b"], Sequence(log, 0));
    }

    [Fact]
    public void ReadFile_OffsetsAndNaiveTimes_AreNormalisedToUtc()
    {
        var path = Write("customer_id,timestamp,touchpoint\nc1,2010-12-30 14:32:00+01:00,a\nc1,2010-12-30T13:33:00,b\nc1,2010-12-30T13:34:00.5Z,c\n");
        var log = EventLogReader.ReadFile(path);
        var t = log.UtcTicks;
        Assert.Equal(new DateTime(2010, 12, 30, 13, 32, 0).Ticks, t[0]);
        Assert.Equal(new DateTime(2010, 12, 30, 13, 33, 0).Ticks, t[1]);
        Assert.Equal(new DateTime(2010, 12, 30, 13, 34, 0).Ticks + (TimeSpan.TicksPerSecond / 2), t[2]);

        var plusTwo = TimeZoneInfo.CreateCustomTimeZone("plus2", TimeSpan.FromHours(2), "plus2", "plus2");
        var shifted = EventLogReader.ReadFile(path, new EventReadOptions { NaiveTimeZone = plusTwo });
        Assert.Equal(["b", "a", "c"], Sequence(shifted, 0)); // b moved: its naive 13:33 is 11:33 UTC
        Assert.Equal(new DateTime(2010, 12, 30, 11, 33, 0).Ticks, shifted.UtcTicks[0]);
        Assert.Equal(t[0], shifted.UtcTicks[1]); // an explicit offset wins over the naive-time zone
    }

    [Fact]
    public void ReadFile_BadRows_AreExcludedWithLineAndReasonAndCountsReconcile()
    {
        var path = Write("customer_id,timestamp,touchpoint,value\nc1,2024-01-01,a,\n,2024-01-01,a,\nc2,yesterday,a,\nc3,2024-01-01,,\nc4,2024-01-01,a,abc\nc5\n");
        var log = EventLogReader.ReadFile(path);
        Assert.Equal(1, log.Count);
        Assert.Equal([3L, 4L, 5L, 6L, 7L], log.Exclusions.Select(e => e.Line));
        Assert.Contains("customer id", log.Exclusions[0].Reason, StringComparison.Ordinal);
        Assert.Contains("timestamp", log.Exclusions[1].Reason, StringComparison.Ordinal);
        Assert.Contains("yesterday", log.Exclusions[1].Reason, StringComparison.Ordinal);
        Assert.Contains("touchpoint", log.Exclusions[2].Reason, StringComparison.Ordinal);
        Assert.Equal("c2", log.Exclusions[1].CustomerId);
        Assert.Equal(log.EventsRead, log.Count + log.Exclusions.Count);
    }

    [Fact]
    public void ReadFile_FailPolicy_ThrowsNamingFileLineColumnAndValue()
    {
        var path = Write("customer_id,timestamp,touchpoint\nc1,2024-01-01,a\nc2,not-a-date,a\n");
        var e = Assert.Throws<PersonasDataException>(() => EventLogReader.ReadFile(path, new EventReadOptions { RowErrors = RowErrorPolicy.Fail }));
        Assert.Equal("events.csv", e.Source);
        Assert.Equal(3, e.Line);
        Assert.Equal("timestamp", e.Column);
        Assert.Equal("not-a-date", e.Found);
    }

    [Fact]
    public void ReadFile_MissingColumn_ThrowsNamingTheColumn()
    {
        var path = Write("id,timestamp,touchpoint\nc1,2024-01-01,a\n");
        var e = Assert.Throws<PersonasDataException>(() => EventLogReader.ReadFile(path));
        Assert.Equal("customer_id", e.Column);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void ReadFile_GzipSemicolonWithStageTypeAndValue_ReadsEverything()
    {
        var path = Write("customer_id;timestamp;touchpoint;stage;event_type;value\nc1;2024-01-01;search;information search;visit;\nc1;2024-01-02;shop;purchase decision;Purchase;12.5\n", "events.csv.gz");
        var log = EventLogReader.ReadFile(path);
        Assert.Equal(2, log.Count);
        Assert.True(log.HasStages);
        Assert.Equal(["information search", "purchase decision"], log.StageNames);
        Assert.Equal([false, true], log.IsConversion.ToArray());
        Assert.True(double.IsNaN(log.Values[0]));
        Assert.Equal(12.5, log.Values[1]);
        Assert.Equal(12.5, log.GetEvent(1).Value);
    }

    [Fact]
    public void ReadFile_EmptyEventType_FallsBackToTheTouchpointName()
    {
        var path = Write("customer_id,timestamp,touchpoint,event_type\nc1,2024-01-01,search,\nc1,2024-01-02,order,\nc1,2024-01-03,shop,Conversion\nc1,2024-01-04,purchase,visit\n");
        var log = EventLogReader.ReadFile(path);
        Assert.Equal([false, true, true, false], log.IsConversion.ToArray());
    }

    [Fact]
    public void FromColumns_UnsortedColumns_AreSortedPerCustomerInOrderOfFirstAppearance()
    {
        string[] customers = ["never", "b", "a"];
        string[] touchpoints = ["x", "y", "purchase"];
        var log = EventLogReader.FromColumns(customers, [2, 1, 2, 2], [30, 5, 10, 10], touchpoints, [0, 1, 2, 1], [false, false, true, false]);
        Assert.Equal(["a", "b"], log.Customers);
        Assert.Equal(["purchase", "y", "x"], Sequence(log, 0)); // ticks 10, 10 (input order), 30
        Assert.Equal([10L, 10, 30, 5], log.UtcTicks.ToArray());
        Assert.Equal([true, false, false, false], log.IsConversion.ToArray());
        Assert.Equal(1, log.TieCount);
        Assert.Throws<ArgumentException>(() => EventLogReader.FromColumns(["a", "a"], [0], [1], touchpoints, [0]));
        Assert.Throws<ArgumentException>(() => EventLogReader.FromColumns(customers, [5], [1], touchpoints, [0]));
    }

    [Fact]
    public void FromEvents_ConversionByTouchpointName_WhenNoEventType()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var log = EventLogReader.FromEvents([new TouchpointEvent("c1", t0, "search"), new TouchpointEvent("c1", t0.AddHours(1), "purchase"), new TouchpointEvent("", t0, "x")]);
        Assert.Equal([false, true], log.IsConversion.ToArray());
        Assert.Single(log.Exclusions);
        Assert.Equal(3, log.Exclusions[0].Line);
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public bool FromEvents_AnyInputOrder_GivesEachCustomerTheSameTimeline(int seed)
    {
        var random = new Random(seed);
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, 40).Select(i => new TouchpointEvent("c" + (i % 4), t0.AddHours(random.Next(7)), "t" + i)).ToList();
        var shuffled = events.OrderBy(_ => random.Next()).ToList();
        var a = EventLogReader.FromEvents(events);
        var b = EventLogReader.FromEvents(shuffled);
        foreach (var id in a.Customers)
        {
            var ca = a.Customers.ToList().IndexOf(id);
            var cb = b.Customers.ToList().IndexOf(id);
            var ticksA = a.UtcTicks[a.CustomerStarts[ca]..a.CustomerStarts[ca + 1]].ToArray();
            var ticksB = b.UtcTicks[b.CustomerStarts[cb]..b.CustomerStarts[cb + 1]].ToArray();
            // Timelines agree; within a tie the input order decides, so compare the touchpoints as sets.
            if (!ticksA.SequenceEqual(ticksB) || !Sequence(a, ca).Order().SequenceEqual(Sequence(b, cb).Order()))
            {
                return false;
            }

            if (!ticksA.Zip(ticksA.Skip(1)).All(p => p.First <= p.Second))
            {
                return false;
            }
        }

        return a.TieCount == b.TieCount;
    }

    [SharedDataFact("event-logs/bpic2012.csv.gz")]
    public void ReadFile_Bpic2012_MatchesPublishedCaseAndEventCounts()
    {
        var log = EventLogReader.ReadFile(Paths.Shared("event-logs/bpic2012.csv.gz"), new EventReadOptions { CustomerColumn = "case_id", TouchpointColumn = "activity" });
        // PROVENANCE.md: BPI Challenge 2012 has 13,087 cases and 262,200 events.
        Assert.Equal(13_087, log.Customers.Count);
        Assert.Equal(262_200, log.Count);
        Assert.Empty(log.Exclusions);
    }

    [SharedDataFact("event-logs/receipt.csv")]
    public void ReadFile_Receipt_MatchesProvenanceEventCount()
    {
        var log = EventLogReader.ReadFile(Paths.Shared("event-logs/receipt.csv"), new EventReadOptions { CustomerColumn = "case:concept:name", TouchpointColumn = "concept:name", TimestampColumn = "time:timestamp" });
        Assert.Equal(8_577, log.Count);
        Assert.Empty(log.Exclusions);
    }
}
