using System.Globalization;
using Personas.Data;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Profiling;

/// <summary>
/// The profiler on real data, before the reader and segmentation are merged: the customers of the Customer
/// Personality Analysis data are grouped by income tercile (a stand-in for a segmentation) and the highest-income
/// group must show what every published analysis of this data finds: more wine and meat, fewer children at home.
/// </summary>
public class CustomerPersonalityProfilingTests
{
    private const string File = "customer-personality-analysis/marketing_campaign.csv";

    [SharedDataFact(File)]
    public void Profile_HighestIncomeGroup_BuysMoreWineAndMeatAndHasFewerKids()
    {
        var (table, income) = Read(Paths.Shared(File));
        var sorted = income.Where(v => !float.IsNaN(v)).Order().ToArray();
        float low = sorted[sorted.Length / 3], high = sorted[2 * sorted.Length / 3];
        // Label 0 = top tercile, 1 = middle, 2 = bottom (missing income joins the middle).
        var labels = income.Select(v => float.IsNaN(v) ? 1 : v >= high ? 0 : v >= low ? 1 : 2).ToArray();

        var set = Profiler.Profile(table, labels, 3);

        var top = set["P1"];
        var higher = top.HigherTraits.Select(t => t.Feature).ToArray();
        Assert.Contains("MntWines", top.Traits.Where(t => t.Direction == TraitDirection.Higher).Select(t => t.Feature));
        Assert.Contains("MntMeatProducts", top.Comparisons.Where(t => t.Direction == TraitDirection.Higher && t.QValue < 0.05 && t.EffectSize > 0.8).Select(t => t.Feature));
        Assert.Contains(top.Comparisons, t => t.Feature == "Kidhome" && t.Direction == TraitDirection.Lower && t.QValue < 0.05 && t.EffectSize < -0.5);
        Assert.Contains("Income", higher);
        Assert.StartsWith("High-income", top.Name, StringComparison.Ordinal);
        // No single money column by name: the six Mnt* spending columns are summed into the value.
        Assert.Equal(["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"], set.ValueColumns);
        Assert.True(top.ValueShare > top.Share);

        var html = CardRenderer.ToHtml(set, ReportFixtures.Info(set));
        Assert.DoesNotContain("5524", html, StringComparison.Ordinal); // the first customer's id
    }

    /// <summary>A minimal tab-separated reader for this one file (the real reader is another feature).</summary>
    private static (CustomerTable Table, float[] Income) Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToArray();
        var columns = new List<CustomerColumn>();
        float[]? income = null;
        for (var c = 1; c < header.Length; c++)
        {
            var name = header[c];
            if (name is "Education" or "Marital_Status")
            {
                var levels = rows.Select(r => r[c]).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
                columns.Add(CustomerColumn.FromCodes(name, rows.Select(r => Array.IndexOf(levels, r[c])).ToArray(), levels, "text"));
            }
            else if (name is "Dt_Customer" or "Z_CostContact" or "Z_Revenue")
            {
                continue;
            }
            else
            {
                var values = rows.Select(r => r[c].Length == 0 ? float.NaN : float.Parse(r[c], CultureInfo.InvariantCulture)).ToArray();
                columns.Add(CustomerColumn.FromNumbers(name, ColumnRole.Numeric, values, "numbers"));
                if (name == "Income")
                {
                    income = (float[])values.Clone();
                }
            }
        }

        var table = new CustomerTable(Path.GetFileName(path), "ID", rows.Select(r => r[0]).ToArray(), Enumerable.Range(2, rows.Length).Select(i => (long)i).ToArray(), columns, []);
        return (table, income!);
    }
}
