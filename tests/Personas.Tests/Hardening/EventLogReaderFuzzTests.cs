using Personas.Journeys;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed event logs: a sorted, consistent log or a located <see cref="Personas.Data.PersonasDataException"/>.</summary>
public class EventLogReaderFuzzTests
{
    private const string Seed =
        "customer_id,timestamp,touchpoint,stage,event_type,value\n" +
        "C1,2025-01-17T22:55:00+01:00,social_ads,need_recognition,click,\n" +
        "C1,2025-01-19T05:10:00+01:00,store,information_search,visit,\n" +
        "C1,2025-01-20 10:00,web,purchase_decision,purchase,59.90\n" +
        "C2,2025-02-01,email,need_recognition,open,\n" +
        "C2,2025-02-01,email,need_recognition,click,\n" +
        "C2,2025-02-03T08:00:00Z,app,purchase_decision,order,12\n" +
        "C3,1735689600,search,information_search,click,\n";

    [Fact]
    public void ReadFile_OnMalformedFiles_ReadsConsistentlyOrThrowsLocatedDataException()
    {
        var (read, _) = FuzzHarness.Run("events", MalformedInput.Cases(Seed, ["customer_id", "timestamp", "touchpoint", "stage", "event_type", "value"]),
            path => EventLogReader.ReadFile(path), Check);
        Assert.True(read > FuzzHarness.Cases / 10, $"only {read} successful reads");
    }

    private static string? Check(EventLog log, FuzzCase c)
    {
        if (log.EventsRead != log.Count + log.Exclusions.Count)
        {
            return "events read != kept + excluded";
        }

        if (log.EventsRead > FuzzHarness.PhysicalLines(c.Bytes))
        {
            return "more events than lines";
        }

        var starts = log.CustomerStarts;
        if (starts.Length != log.Customers.Count + 1 || starts[0] != 0 || starts[^1] != log.Count)
        {
            return "customer starts inconsistent";
        }

        for (var k = 0; k < log.Customers.Count; k++)
        {
            for (var i = starts[k] + 1; i < starts[k + 1]; i++)
            {
                if (log.UtcTicks[i] < log.UtcTicks[i - 1])
                {
                    return "events of a customer out of time order";
                }
            }
        }

        foreach (var id in log.TouchpointIds)
        {
            if (id < 0 || id >= log.Touchpoints.Count)
            {
                return "touchpoint id out of range";
            }
        }

        foreach (var v in log.Values)
        {
            if (double.IsInfinity(v))
            {
                return "an infinite event value";
            }
        }

        return null;
    }
}
