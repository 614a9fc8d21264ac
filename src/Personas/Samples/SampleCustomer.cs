namespace Personas.Samples;

/// <summary>One row of <c>customers.csv</c> plus its planted persona (the row of <c>customers.truth.csv</c>). Values are rounded as written.</summary>
public sealed record SampleCustomer
{
    /// <summary>Gets the customer id (<c>customer_id</c>), for example <c>C00042</c>.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the planted persona's name (only in <c>customers.truth.csv</c>).</summary>
    public required string Persona { get; init; }

    /// <summary>Gets the age in years (<c>age</c>), or null when missing.</summary>
    public int? Age { get; init; }

    /// <summary>Gets the country (<c>region</c>): Sweden, Norway, Denmark, Finland or Iceland.</summary>
    public required string Region { get; init; }

    /// <summary>Gets the household type (<c>household_type</c>): single, couple, family or shared.</summary>
    public required string HouseholdType { get; init; }

    /// <summary>Gets the months since the first order (<c>tenure_months</c>).</summary>
    public required int TenureMonths { get; init; }

    /// <summary>Gets the loyalty tier (<c>loyalty_tier</c>): basic, silver, gold or platinum.</summary>
    public required string LoyaltyTier { get; init; }

    /// <summary>Gets the preferred channel (<c>preferred_channel</c>): web, app or store.</summary>
    public required string PreferredChannel { get; init; }

    /// <summary>Gets the orders in the last 12 months (<c>orders_12m</c>).</summary>
    public required int Orders12m { get; init; }

    /// <summary>Gets the revenue in EUR in the last 12 months (<c>revenue_12m</c>).</summary>
    public required double Revenue12m { get; init; }

    /// <summary>Gets the lifetime average order value in EUR (<c>avg_order_value</c>).</summary>
    public required double AvgOrderValue { get; init; }

    /// <summary>Gets the days since the last order (<c>days_since_last_order</c>).</summary>
    public required int DaysSinceLastOrder { get; init; }

    /// <summary>Gets the web and app sessions in the last 12 months (<c>web_sessions_12m</c>).</summary>
    public required int WebSessions12m { get; init; }

    /// <summary>Gets the share of marketing e-mails opened (<c>email_open_rate</c>, 0..1), or null when missing.</summary>
    public double? EmailOpenRate { get; init; }

    /// <summary>Gets the share of revenue bought at a discount (<c>discount_share</c>, 0..1).</summary>
    public required double DiscountShare { get; init; }

    /// <summary>Gets the share of items returned (<c>return_rate</c>, 0..1).</summary>
    public required double ReturnRate { get; init; }

    /// <summary>Gets the likelihood-to-recommend score 0..10 (<c>nps</c>), or null when missing.</summary>
    public int? Nps { get; init; }

    /// <summary>Gets whether the customer uses the app (<c>app_user</c>).</summary>
    public required bool AppUser { get; init; }

    /// <summary>Gets whether the customer subscribes to the newsletter (<c>newsletter</c>).</summary>
    public required bool Newsletter { get; init; }

    /// <summary>Gets the last free-text feedback comment (<c>last_feedback</c>), or null when the customer left none.</summary>
    public string? LastFeedback { get; init; }
}
