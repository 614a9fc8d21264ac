using System.Globalization;
using System.Text;

namespace Personas.Samples;

/// <summary>Writes the sample files: RFC 4180 quoting, LF line endings, invariant culture, fixed decimals.</summary>
internal static class SampleCsv
{
    public const string CustomersHeader =
        "customer_id,age,region,household_type,tenure_months,loyalty_tier,preferred_channel,orders_12m,revenue_12m,avg_order_value," +
        "days_since_last_order,web_sessions_12m,email_open_rate,discount_share,return_rate,nps,app_user,newsletter,last_feedback";

    public const string TouchpointsHeader = "customer_id,timestamp,touchpoint,stage,event_type,value";

    public const string TruthHeader = "customer_id,persona";

    public static string Customers(IEnumerable<SampleCustomer> customers)
    {
        var sb = new StringBuilder().Append(CustomersHeader).Append('\n');
        foreach (var c in customers)
        {
            sb.Append(c.CustomerId).Append(',')
              .Append(Int(c.Age)).Append(',')
              .Append(c.Region).Append(',')
              .Append(c.HouseholdType).Append(',')
              .Append(Int(c.TenureMonths)).Append(',')
              .Append(c.LoyaltyTier).Append(',')
              .Append(c.PreferredChannel).Append(',')
              .Append(Int(c.Orders12m)).Append(',')
              .Append(Fixed(c.Revenue12m, "F2")).Append(',')
              .Append(Fixed(c.AvgOrderValue, "F2")).Append(',')
              .Append(Int(c.DaysSinceLastOrder)).Append(',')
              .Append(Int(c.WebSessions12m)).Append(',')
              .Append(Fixed(c.EmailOpenRate, "F3")).Append(',')
              .Append(Fixed(c.DiscountShare, "F3")).Append(',')
              .Append(Fixed(c.ReturnRate, "F3")).Append(',')
              .Append(Int(c.Nps)).Append(',')
              .Append(Bool(c.AppUser)).Append(',')
              .Append(Bool(c.Newsletter)).Append(',')
              .Append(Quote(c.LastFeedback)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Touchpoints(IEnumerable<SampleEvent> events)
    {
        var sb = new StringBuilder().Append(TouchpointsHeader).Append('\n');
        foreach (var e in events)
        {
            sb.Append(e.CustomerId).Append(',')
              .Append(e.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append(',')
              .Append(e.Touchpoint).Append(',')
              .Append(e.Stage).Append(',')
              .Append(e.EventType).Append(',')
              .Append(Fixed(e.Value, "F2")).Append('\n');
        }

        return sb.ToString();
    }

    public static string Truth(IEnumerable<SampleCustomer> customers)
    {
        var sb = new StringBuilder().Append(TruthHeader).Append('\n');
        foreach (var c in customers)
        {
            sb.Append(c.CustomerId).Append(',').Append(Quote(c.Persona)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Fixed(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
