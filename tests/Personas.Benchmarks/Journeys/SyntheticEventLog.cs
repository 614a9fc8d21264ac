using Personas.Journeys;

namespace Personas.Benchmarks;

/// <summary>
/// Deterministic synthetic touchpoint events for the journey benchmark: N customers, 12 touchpoints, paths of 1-30
/// events (mean about 10, so 1 million customers give about 10 million events), built directly in columns.
/// </summary>
public sealed class SyntheticEventLog
{
    public static readonly string[] TouchpointNames =
        ["social_ads", "display", "search", "comparison_sites", "email", "website", "reviews", "checkout", "purchase", "delivery", "support", "loyalty"];

    private SyntheticEventLog(string[] customers, int[] starts, long[] ticks, int[] touchpoints, bool[] conversion)
    {
        Customers = customers;
        Starts = starts;
        Ticks = ticks;
        Touchpoints = touchpoints;
        Conversion = conversion;
    }

    public string[] Customers { get; }

    public int[] Starts { get; }

    public long[] Ticks { get; }

    public int[] Touchpoints { get; }

    public bool[] Conversion { get; }

    public int Count => Ticks.Length;

    /// <summary>The bytes of the columns (ids as UTF-16 strings with object headers).</summary>
    public long ColumnarBytes => (Count * (8L + 4 + 1)) + (Starts.Length * 4L) + Customers.Sum(c => 22L + (2L * c.Length)) + (Customers.Length * 8L);

    public static SyntheticEventLog Generate(int customers, int seed = 42)
    {
        var random = new Random(seed);
        var lengths = new int[customers];
        long total = 0;
        for (var c = 0; c < customers; c++)
        {
            lengths[c] = Math.Min(30, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 10.1));
            total += lengths[c];
        }

        var starts = new int[customers + 1];
        var ticks = new long[total];
        var tps = new int[total];
        var conv = new bool[total];
        var ids = new string[customers];
        var t0 = new DateTime(2024, 1, 1).Ticks;
        var k = 0;
        for (var c = 0; c < customers; c++)
        {
            ids[c] = "c" + c.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            starts[c] = k;
            var t = t0 + (random.NextInt64(0, 180) * TimeSpan.TicksPerDay);
            var tp = random.Next(0, 3);
            for (var i = 0; i < lengths[c]; i++)
            {
                ticks[k] = t;
                tps[k] = tp;
                conv[k] = tp == 8;
                k++;
                t += random.NextInt64(60, 3 * 86400) * TimeSpan.TicksPerSecond;
                // Drift forward through the funnel with some noise.
                tp = Math.Clamp(tp + random.Next(-2, 4), 0, TouchpointNames.Length - 1);
            }
        }

        starts[customers] = k;
        return new SyntheticEventLog(ids, starts, ticks, tps, conv);
    }

    /// <summary>The columns as an event log without copying (the data is generated in sorted order).</summary>
    public EventLog ToEventLog() =>
        new("synthetic", Customers, Starts, Ticks, Touchpoints, TouchpointNames, null, [], Conversion, null, Count, [], []);

    /// <summary>Writes raw little-endian columns for the pandas comparison (customer.i32, ticks.i64, touchpoint.i32, conversion.u8, touchpoints.txt).</summary>
    public void WriteRaw(string directory)
    {
        Directory.CreateDirectory(directory);
        var customer = new int[Count];
        for (var c = 0; c + 1 < Starts.Length; c++)
        {
            Array.Fill(customer, c, Starts[c], Starts[c + 1] - Starts[c]);
        }

        File.WriteAllBytes(Path.Combine(directory, "customer.i32"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(customer.AsSpan()).ToArray());
        File.WriteAllBytes(Path.Combine(directory, "ticks.i64"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(Ticks.AsSpan()).ToArray());
        File.WriteAllBytes(Path.Combine(directory, "touchpoint.i32"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(Touchpoints.AsSpan()).ToArray());
        File.WriteAllBytes(Path.Combine(directory, "conversion.u8"), Conversion.Select(b => b ? (byte)1 : (byte)0).ToArray());
        File.WriteAllLines(Path.Combine(directory, "touchpoints.txt"), TouchpointNames);
    }
}
