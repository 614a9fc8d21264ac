using Personas.Samples;

namespace Personas.Tests.Samples;

/// <summary>
/// Effect sizes (Cohen's d, persona vs all other customers, pooled sd) on the product's encoding: count and money columns
/// log1p-transformed, rates and scores as they are, booleans as 0/1, each categorical level as a 0/1 indicator
/// named <c>column=level</c>. Missing values are left out.
/// </summary>
internal static class SampleStats
{
    private static readonly (string Name, Func<SampleCustomer, double?> Get)[] Features =
    [
        ("age", c => c.Age),
        ("tenure_months", c => Math.Log(1 + c.TenureMonths)),
        ("orders_12m", c => Math.Log(1 + c.Orders12m)),
        ("revenue_12m", c => Math.Log(1 + c.Revenue12m)),
        ("avg_order_value", c => Math.Log(1 + c.AvgOrderValue)),
        ("days_since_last_order", c => Math.Log(1 + c.DaysSinceLastOrder)),
        ("web_sessions_12m", c => Math.Log(1 + c.WebSessions12m)),
        ("email_open_rate", c => c.EmailOpenRate),
        ("discount_share", c => c.DiscountShare),
        ("return_rate", c => c.ReturnRate),
        ("nps", c => c.Nps),
        ("app_user", c => c.AppUser ? 1 : 0),
        ("newsletter", c => c.Newsletter ? 1 : 0),
        .. Levels("region", c => c.Region, "Sweden", "Norway", "Denmark", "Finland", "Iceland"),
        .. Levels("preferred_channel", c => c.PreferredChannel, "web", "app", "store"),
        .. Levels("loyalty_tier", c => c.LoyaltyTier, "basic", "silver", "gold", "platinum"),
        .. Levels("household_type", c => c.HouseholdType, "single", "couple", "family", "shared"),
    ];

    /// <summary>Feature name to Cohen's d of <paramref name="persona"/> against everybody else.</summary>
    public static Dictionary<string, double> Effects(IReadOnlyList<SampleCustomer> customers, string persona) =>
        Features.ToDictionary(f => f.Name, f => CohensD(
            customers.Where(c => c.Persona == persona).Select(f.Get),
            customers.Where(c => c.Persona != persona).Select(f.Get)));

    /// <summary>The feature name a planted trait refers to (booleans by column, categorical levels as column=level).</summary>
    public static string FeatureOf(PlantedTrait trait) =>
        trait.Level is null || trait.Level == "true" ? trait.Column : trait.Column + "=" + trait.Level;

    public static double Mean(IEnumerable<double> values) => values.Average();

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static (string, Func<SampleCustomer, double?>)[] Levels(string column, Func<SampleCustomer, string> get, params string[] levels) =>
        levels.Select(l => (column + "=" + l, (Func<SampleCustomer, double?>)(c => get(c) == l ? 1 : 0))).ToArray();

    private static double CohensD(IEnumerable<double?> inside, IEnumerable<double?> outside)
    {
        var a = inside.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        var b = outside.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        double Var(double[] x, double m) => x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
        var (ma, mb) = (a.Average(), b.Average());
        var pooled = Math.Sqrt((((a.Length - 1) * Var(a, ma)) + ((b.Length - 1) * Var(b, mb))) / (a.Length + b.Length - 2));
        return pooled == 0 ? 0 : (ma - mb) / pooled;
    }
}
