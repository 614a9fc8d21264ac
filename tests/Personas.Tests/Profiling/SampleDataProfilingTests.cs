using System.Globalization;
using Personas.Data;
using Personas.Profiling;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Profiling;

/// <summary>
/// The profiler on the sample data with the planted personas as labels (the truth file stands in for a perfect
/// segmentation): every defining trait documented in data-samples/README.md must be among the persona's six strongest
/// traits, and the names must be distinct and say what the persona is.
/// </summary>
public class SampleDataProfilingTests
{
    private static readonly string[] Planted = ["Digital deal hunters", "Loyal store regulars", "Premium researchers", "Busy families", "Lapsed one-timers", "Omnichannel enthusiasts"];

    [DataSampleFact("customers.truth.csv")]
    public void Profile_PlantedPersonas_ShowTheirDefiningTraitsAndGetMeaningfulNames()
    {
        var (table, labels) = Read();

        var set = Profiler.Profile(table, labels, Planted.Length);

        // data-samples/README.md, "The planted personas": defining traits per persona (in size order = P1..P6).
        string[][] defining =
        [
            ["+discount_share", "-age", "-avg_order_value"],
            ["+preferred_channel=store", "+tenure_months", "+age", "-web_sessions_12m"],
            ["+avg_order_value", "-discount_share", "+web_sessions_12m"],
            ["+household_type=family", "+return_rate"],
            ["+days_since_last_order", "-orders_12m", "-nps"],
            ["+orders_12m", "+loyalty_tier=platinum", "+email_open_rate"],
        ];
        for (var c = 0; c < defining.Length; c++)
        {
            var p = set.Personas[c];
            var top = p.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).Take(6)
                .Select(t => (t.Direction == TraitDirection.Higher ? "+" : "-") + (t.Level is null ? t.Feature : $"{t.Feature}={t.Level}"))
                .ToArray();
            Assert.All(defining[c], d => Assert.True(top.Contains(d), $"{Planted[c]} ({p.Id}, '{p.Name}'): {d} is not among its top traits {string.Join(", ", top)}"));
        }

        Assert.Equal(
            ["Young deal hunters", "Mature store regulars", "Big-basket frequent browsers", "High-value serial returners", "Lapsed occasional buyers", "Email-engaged frequent buyers"],
            set.Personas.Select(p => p.Name));
        Assert.Equal("revenue_12m", set.ValueColumn);
    }

    /// <summary>Just enough CSV reading for the columns used here (the real reader is another feature).</summary>
    private static (CustomerTable Table, int[] Labels) Read()
    {
        var lines = File.ReadAllLines(Path.Combine(Paths.DataSamples, "customers.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray(); // last_feedback (last column, may hold commas) is not read
        var columns = new List<CustomerColumn>();
        for (var c = 1; c < header.Length - 1; c++)
        {
            var name = header[c];
            if (name is "region" or "household_type" or "loyalty_tier" or "preferred_channel")
            {
                var levels = rows.Select(r => r[c]).Distinct().Order(StringComparer.Ordinal).ToArray();
                columns.Add(CustomerColumn.FromCodes(name, rows.Select(r => Array.IndexOf(levels, r[c])).ToArray(), levels, "levels"));
            }
            else if (name is "app_user" or "newsletter")
            {
                columns.Add(CustomerColumn.FromNumbers(name, ColumnRole.Boolean, rows.Select(r => r[c] == "true" ? 1f : 0f).ToArray(), "true/false"));
            }
            else
            {
                columns.Add(CustomerColumn.FromNumbers(name, ColumnRole.Numeric, rows.Select(r => r[c].Length == 0 ? float.NaN : float.Parse(r[c], CultureInfo.InvariantCulture)).ToArray(), "numbers"));
            }
        }

        var table = new CustomerTable("customers.csv", "customer_id", rows.Select(r => r[0]).ToArray(), Enumerable.Range(2, rows.Length).Select(i => (long)i).ToArray(), columns, []);
        var labels = File.ReadAllLines(Path.Combine(Paths.DataSamples, "customers.truth.csv")).Skip(1).Select(l => Array.IndexOf(Planted, l.Split(',')[1])).ToArray();
        return (table, labels);
    }
}
