using Personas.Data;
using Personas.Profiling;

namespace Personas.Tests.Profiling;

/// <summary>Hand-built customer tables for profiling and reporting tests (the reader and segmentation live elsewhere).</summary>
public static class ProfilingFixtures
{
    public static CustomerTable Table(params CustomerColumn[] columns)
    {
        var n = columns[0].Length;
        var ids = Enumerable.Range(1, n).Select(i => $"CUST-{i:00000}").ToArray();
        var lines = Enumerable.Range(2, n).Select(i => (long)i).ToArray();
        return new CustomerTable("test.csv", "customer_id", ids, lines, columns, []);
    }

    public static CustomerColumn Numeric(string name, IEnumerable<double> values) =>
        CustomerColumn.FromNumbers(name, ColumnRole.Numeric, values.Select(v => (float)v).ToArray(), "numeric");

    public static CustomerColumn Categorical(string name, IReadOnlyList<string> levels, IEnumerable<int> codes) =>
        CustomerColumn.FromCodes(name, codes.ToArray(), levels, "categorical");

    /// <summary>Planted personas: sizes 300/200/150/10 (the last under the minimum size).</summary>
    public sealed record Planted(CustomerTable Table, int[] Labels, int K);

    public static readonly string[] Channels = ["store", "web", "app", "<script>alert(1)</script>"];

    public static Planted PlantedPersonas(int seed = 7)
    {
        var rng = new Random(seed);
        double Normal(double mean, double sd)
        {
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            return mean + (sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        int Pick(double[] probabilities)
        {
            var u = rng.NextDouble();
            for (var i = 0; i < probabilities.Length; i++)
            {
                u -= probabilities[i];
                if (u < 0)
                {
                    return i;
                }
            }

            return probabilities.Length - 1;
        }

        var sizes = new[] { 300, 200, 150, 10 };
        var labels = new List<int>();
        var income = new List<double>();
        var wine = new List<double>();
        var deals = new List<double>();
        var kids = new List<double>();
        var recency = new List<double>();
        var revenue = new List<double>();
        var channel = new List<int>();
        var app = new List<float>();
        var age = new List<double>();
        for (var c = 0; c < sizes.Length; c++)
        {
            for (var i = 0; i < sizes[c]; i++)
            {
                labels.Add(c);
                var (inc, w, d, kid, rec, ch, ap) = c switch
                {
                    0 => (Normal(80000, 9000), Normal(600, 120), Normal(2, 1), Pick([0.85, 0.15]), Normal(30, 15), Pick([0.7, 0.15, 0.15, 0]), 0.3),
                    1 => (Normal(40000, 9000), Normal(150, 70), Normal(6, 1.5), Pick([0.2, 0.5, 0.3]), Normal(35, 15), Pick([0.2, 0.6, 0.2, 0]), 0.4),
                    2 => (Normal(55000, 9000), Normal(300, 100), Normal(3, 1.2), Pick([0.6, 0.4]), Normal(85, 12), Pick([0.2, 0.2, 0.55, 0.05]), 0.8),
                    _ => (Normal(60000, 9000), Normal(300, 100), Normal(3, 1), Pick([0.5, 0.5]), Normal(40, 10), Pick([0.25, 0.25, 0.25, 0.25]), 0.5),
                };
                income.Add(Math.Round(inc));
                wine.Add(Math.Max(0, Math.Round(w)));
                deals.Add(Math.Max(0, Math.Round(d)));
                kids.Add(kid);
                recency.Add(Math.Max(0, Math.Round(rec)));
                revenue.Add(Math.Max(0, Math.Round(w * 2.5)));
                channel.Add(ch);
                app.Add(rng.NextDouble() < ap ? 1f : 0f);
                age.Add(Math.Round(Normal(45, 12)));
            }
        }

        // A few missing values, as real data has.
        income[5] = double.NaN;
        channel[7] = -1;
        var table = Table(
            Numeric("Income", income),
            Numeric("MntWines", wine),
            Numeric("NumDealsPurchases", deals),
            Numeric("Kidhome", kids),
            Numeric("Recency", recency),
            Numeric("revenue_12m", revenue),
            Numeric("age", age),
            Categorical("preferred_channel", Channels, channel),
            CustomerColumn.FromNumbers("app_user", ColumnRole.Boolean, app.ToArray(), "yes/no"),
            CustomerColumn.FromCodes("comment", Enumerable.Range(0, labels.Count).Select(i => i % 2).ToArray(), ["private note alpha", "private note beta"], "free text", ColumnRole.Text));
        return new Planted(table, labels.ToArray(), sizes.Length);
    }

    public static PersonaSet PlantedSet(ProfilingOptions? options = null)
    {
        var planted = PlantedPersonas();
        PersonaQualityInput[] quality =
        [
            new(0.52, 0.93),
            new(0.38, 0.81),
            new(0.21, 0.55, ["P3 is unstable across resamples (Jaccard 0.55)."]),
            new(null, null),
        ];
        return Profiler.Profile(planted.Table, planted.Labels, planted.K, options, quality);
    }
}
