namespace Personas.Samples;

/// <summary>Draws one customer row from a persona's distributions, with the planted flaws (missing values, sparse free text).</summary>
internal static class CustomerSynthesizer
{
    public const double MissingAge = 0.015;
    public const double MissingEmailOpenRate = 0.08;
    public const double MissingNps = 0.03;
    public const double FeedbackShare = 0.45;

    public static readonly string[] Regions = ["Sweden", "Norway", "Denmark", "Finland", "Iceland"];
    public static readonly string[] Channels = ["web", "app", "store"];
    public static readonly string[] Tiers = ["basic", "silver", "gold", "platinum"];
    public static readonly string[] Households = ["single", "couple", "family", "shared"];
    private static readonly double[] RegionWeights = [0.38, 0.22, 0.20, 0.16, 0.04];

    public static SampleCustomer Draw(PersonaSpec spec, string id, SampleRandom rng)
    {
        var age = Math.Clamp(Math.Round(rng.Normal(spec.Age.Mean, spec.Age.Sd)), 18, 90);
        var orders = spec.Lapsed ? (rng.Chance(spec.Orders) ? 1 : 0) : rng.Poisson(spec.Orders);
        var aov = Round2(rng.LogNormal(spec.OrderValue.Median, spec.OrderValue.Sigma));
        var revenue = Round2(orders * aov * rng.LogNormal(1.0, 0.15));
        var days = DaysSinceLastOrder(spec, orders, rng);
        var tenure = Math.Max(1, Math.Max((int)Math.Round(rng.LogNormal(spec.Tenure.Median, spec.Tenure.Sigma)), (int)Math.Ceiling(days / 30.4)));
        var sessions = (int)Math.Round(rng.LogNormal(spec.WebSessions.Median, spec.WebSessions.Sigma));
        var email = Round3(Math.Clamp(rng.Normal(spec.EmailOpen.Mean, spec.EmailOpen.Sd), 0, 1));
        var discount = Round3(Math.Clamp(rng.Normal(spec.Discount.Mean, spec.Discount.Sd), 0, 0.95));
        var returns = Round3(Math.Clamp(rng.Normal(spec.Returns.Mean, spec.Returns.Sd), 0, 0.8));
        var nps = (int)Math.Clamp(Math.Round(rng.Normal(spec.Nps.Mean, spec.Nps.Sd)), 0, 10);
        var app = rng.Chance(spec.AppUser);
        var newsletter = rng.Chance(spec.Newsletter);
        var region = Regions[rng.Pick(RegionWeights)];
        var channel = Channels[rng.Pick(spec.Channel)];
        var tier = Tiers[rng.Pick(spec.Loyalty)];
        var household = Households[rng.Pick(spec.Household)];
        var feedback = rng.Chance(FeedbackShare) ? spec.Feedback[rng.Int(0, spec.Feedback.Count)] : null;

        // Flaws are drawn last so that they never change the draws above.
        var ageMissing = rng.Chance(MissingAge);
        var emailMissing = rng.Chance(MissingEmailOpenRate);
        var npsMissing = rng.Chance(MissingNps);
        return new SampleCustomer
        {
            CustomerId = id,
            Persona = spec.Name,
            Age = ageMissing ? null : (int)age,
            Region = region,
            HouseholdType = household,
            TenureMonths = tenure,
            LoyaltyTier = tier,
            PreferredChannel = channel,
            Orders12m = orders,
            Revenue12m = revenue,
            AvgOrderValue = aov,
            DaysSinceLastOrder = days,
            WebSessions12m = sessions,
            EmailOpenRate = emailMissing ? null : email,
            DiscountShare = discount,
            ReturnRate = returns,
            Nps = npsMissing ? null : nps,
            AppUser = app,
            Newsletter = newsletter,
            LastFeedback = feedback,
        };
    }

    private static int DaysSinceLastOrder(PersonaSpec spec, int orders, SampleRandom rng)
    {
        if (spec.Lapsed)
        {
            return orders > 0 ? rng.Int(120, 366) : rng.Int(366, 700);
        }

        return orders > 0 ? rng.Int(0, (int)Math.Ceiling(365.0 / orders)) : rng.Int(366, 540);
    }

    private static double Round2(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    private static double Round3(double x) => Math.Round(x, 3, MidpointRounding.AwayFromZero);
}
