using System.Globalization;
using Personas.Data;
using Personas.Features;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Tests.Model;

/// <summary>Small hand-made customer tables with three planted groups, and models built on them.</summary>
internal static class ModelTestData
{
    public static readonly DateTimeOffset Now = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly string[] Regions = ["North", "South", "East"];

    /// <summary>The default groups: (income, age, region) centres.</summary>
    public static readonly (double Income, double Age, int Region)[] ThreeGroups = [(30, 25, 0), (80, 45, 1), (55, 65, 2)];

    /// <summary>Three groups: (income 30, age 25, mostly North), (income 80, age 45, mostly South), (income 55, age 65, mostly East); a few missing values.</summary>
    public static CustomerTable Table(int n = 300, int seed = 1, int firstId = 1, double incomeShift = 0) => Table(ThreeGroups, n, seed, firstId, incomeShift);

    /// <summary>Rows cycling through <paramref name="groups"/> (row i is in group i mod count), ids C{firstId + i}.</summary>
    public static CustomerTable Table((double Income, double Age, int Region)[] groups, int n, int seed, int firstId = 1, double incomeShift = 0, int[]? rowIds = null)
    {
        var random = new Random(seed);
        var income = new float[n];
        var age = new float[n];
        var region = new int[n];
        var ids = new string[n];
        for (var i = 0; i < n; i++)
        {
            var g = groups[i % groups.Length];
            ids[i] = "C" + (rowIds?[i] ?? (firstId + i)).ToString("D5", CultureInfo.InvariantCulture);
            income[i] = (float)(g.Income + incomeShift + (5 * Gaussian(random)));
            age[i] = (float)(g.Age + (4 * Gaussian(random)));
            region[i] = random.NextDouble() < 0.85 ? g.Region : random.Next(3);
            if (i % 37 == 5)
            {
                income[i] = float.NaN;
            }
        }

        return new CustomerTable(
            "customers.csv",
            "customer_id",
            ids,
            Enumerable.Range(2, n).Select(l => (long)l).ToArray(),
            [
                CustomerColumn.FromNumbers("income", ColumnRole.Numeric, income, "numbers"),
                CustomerColumn.FromNumbers("age", ColumnRole.Numeric, age, "numbers"),
                CustomerColumn.FromCodes("region", region, Regions, "levels"),
            ],
            []);
    }

    /// <summary>A model over <see cref="Table"/> with k = 3 (no stability resamples, to stay fast).</summary>
    public static (PersonaModel Model, CustomerTable Table, FeatureMatrix Features, SegmentationResult Segmentation) Build(int n = 300, int seed = 1)
    {
        var table = Table(n, seed);
        var plan = FeaturePlan.Learn(table);
        var features = plan.Transform(table);
        var segmentation = Segmenter.Fit(features, new SegmentationOptions { K = 3, StabilityResamples = 0, Restarts = 3 });
        var labels = Enumerable.Range(0, segmentation.K)
            .Select(c => new PersonaLabel("P" + (c + 1).ToString(CultureInfo.InvariantCulture), "Persona <" + (c + 1).ToString(CultureInfo.InvariantCulture) + ">", "Tagline " + c.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        labels[1] = labels[1] with { NameOverride = "Renamed by user" };
        var model = PersonaModel.Create(plan, segmentation, labels, DataFingerprint.Compute(table), new FixedClock(Now), features, segmentation.K + 1);
        return (model, table, features, segmentation);
    }

    /// <summary>Builds personas the way <c>personas build</c> does: plan, features, segmentation, profiles, model.</summary>
    public static (PersonaModel Model, PersonaSet Personas, SegmentationResult Segmentation) BuildProfiled(CustomerTable table, SegmentationOptions options, IReadOnlyDictionary<string, PersonaOverride>? overrides = null)
    {
        var plan = FeaturePlan.Learn(table);
        var features = plan.Transform(table);
        var segmentation = Segmenter.Fit(features, options);
        var set = Profiler.Profile(table, segmentation.Labels, segmentation.K, new ProfilingOptions { Overrides = overrides });
        var model = PersonaModel.Create(plan, segmentation, set, DataFingerprint.Compute(table), new FixedClock(Now), features, overrides);
        return (model, set, segmentation);
    }

    /// <summary>The same table with its rows in another (seeded) order.</summary>
    public static CustomerTable Shuffle(CustomerTable table, int seed)
    {
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        new Random(seed).Shuffle(order);
        var columns = table.Columns.Select(c => c.IsNumeric
            ? CustomerColumn.FromNumbers(c.Name, c.Role, order.Select(i => c.Numbers.Span[i]).ToArray(), c.Reason)
            : CustomerColumn.FromCodes(c.Name, order.Select(i => c.Codes.Span[i]).ToArray(), c.Levels, c.Reason, c.Role)).ToArray();
        return new CustomerTable(table.Source, table.IdColumn, order.Select(i => table.Ids[i]).ToArray(), order.Select(i => table.Lines[i]).ToArray(), columns, table.Exclusions);
    }

    /// <summary>Customer id to persona id for every row, as an <c>assignments.csv</c> would hold.</summary>
    public static Dictionary<string, string> Assignments(PersonaModel model, CustomerTable table)
    {
        var all = model.AssignAll(table);
        return Enumerable.Range(0, table.RowCount).ToDictionary(i => table.Ids[i], i => all[i].PersonaId, StringComparer.Ordinal);
    }

    /// <summary>Row <paramref name="i"/> of a table as a raw record (column name to text), as a CSV reader would give it.</summary>
    public static Dictionary<string, string?> Record(CustomerTable table, int i)
    {
        var record = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in table.Columns)
        {
            if (c.IsNumeric)
            {
                var v = c.Numbers.Span[i];
                record[c.Name] = float.IsNaN(v) ? string.Empty : v.ToString("R", CultureInfo.InvariantCulture);
            }
            else
            {
                var code = c.Codes.Span[i];
                record[c.Name] = code < 0 ? null : c.Levels[code];
            }
        }

        return record;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A clock that always says the same time.</summary>
    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
