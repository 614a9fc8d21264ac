using System.Globalization;
using System.Text;

namespace Personas.Benchmarks;

/// <summary>
/// Streams the large benchmark inputs to disk without holding them in memory: a customer file with an id and
/// numeric columns drawn from eight separated groups, and an event log (about ten events per customer, in time order).
/// Deterministic for a seed.
/// </summary>
internal static class LargeInputData
{
    public static void WriteCustomers(string path, long rows, int columns, int seed)
    {
        var random = new Random(seed);
        var centres = new double[8, columns];
        for (var g = 0; g < 8; g++)
        {
            for (var c = 0; c < columns; c++)
            {
                centres[g, c] = random.Next(0, 1000);
            }
        }

        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var sb = new StringBuilder("customer_id");
        for (var c = 0; c < columns; c++)
        {
            sb.Append(",x").Append(c.ToString(CultureInfo.InvariantCulture));
        }

        w.Write(sb.Append('\n').ToString());
        Span<char> buf = stackalloc char[32];
        for (long r = 0; r < rows; r++)
        {
            w.Write('C');
            r.TryFormat(buf, out var n, "D9", CultureInfo.InvariantCulture);
            w.Write(buf[..n]);
            var g = random.Next(8);
            for (var c = 0; c < columns; c++)
            {
                // Centre plus a triangular spread of +-50 in hundredths: two decimals, as exports usually have.
                var v = centres[g, c] + ((random.Next(5000) + random.Next(5000) - 5000) / 100.0);
                w.Write(',');
                v.TryFormat(buf, out n, "0.##", CultureInfo.InvariantCulture);
                w.Write(buf[..n]);
            }

            w.Write('\n');
        }
    }

    private static readonly string[] Touchpoints = ["search", "social_ads", "email", "display", "web", "app", "store", "affiliate", "tv", "referral"];

    public static void WriteEvents(string path, long events, int seed)
    {
        var random = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("customer_id,timestamp,touchpoint,event_type,value\n");
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Span<char> buf = stackalloc char[40];
        long written = 0;
        long customer = 0;
        while (written < events)
        {
            var count = (int)Math.Min(events - written, 2 + random.Next(17)); // 2..18, mean 10
            var t = start.AddMinutes(random.Next(0, 300 * 24 * 60));
            for (var e = 0; e < count; e++)
            {
                var last = e == count - 1;
                var purchase = last && random.Next(4) == 0;
                w.Write('U');
                customer.TryFormat(buf, out var n, "D9", CultureInfo.InvariantCulture);
                w.Write(buf[..n]);
                w.Write(',');
                t.TryFormat(buf, out n, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                w.Write(buf[..n]);
                w.Write(',');
                w.Write(purchase ? "web" : Touchpoints[random.Next(Touchpoints.Length)]);
                w.Write(purchase ? ",purchase," : ",visit,");
                if (purchase)
                {
                    (random.Next(1000, 20000) / 100.0).TryFormat(buf, out n, "0.##", CultureInfo.InvariantCulture);
                    w.Write(buf[..n]);
                }

                w.Write('\n');
                t = t.AddMinutes(1 + random.Next(3 * 24 * 60));
            }

            written += count;
            customer++;
        }
    }
}
