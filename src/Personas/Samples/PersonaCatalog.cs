using Personas.Profiling;

namespace Personas.Samples;

/// <summary>The planted personas of quarter 0 and quarter 1. Every number here is documented in data-samples/README.md.</summary>
internal static class PersonaCatalog
{
    public const string DealHunters = "Digital deal hunters";
    public const string StoreRegulars = "Loyal store regulars";
    public const string PremiumResearchers = "Premium researchers";
    public const string BusyFamilies = "Busy families";
    public const string LapsedOneTimers = "Lapsed one-timers";
    public const string OmnichannelEnthusiasts = "Omnichannel enthusiasts";
    public const string StudentNewcomers = "Student newcomers";

    public const string BottleneckTouchpoint = "comparison_sites";
    public const double BottleneckDrop = 0.65;
    public const double FamilyDeliveryHours = 96;
    public const double DeliveryHours = 20;
    public const double SwitchRate = 0.03;

    public static IReadOnlyList<PersonaSpec> Quarter0 { get; } =
    [
        DealHunterSpec(0.26), StoreRegularSpec(0.20, shifted: false), PremiumSpec(0.16), FamilySpec(0.15), LapsedSpec(0.13), OmniSpec(0.10),
    ];

    public static IReadOnlyList<PersonaSpec> Quarter1 { get; } =
    [
        DealHunterSpec(0.24), StoreRegularSpec(0.17, shifted: true), PremiumSpec(0.17), FamilySpec(0.16), OmniSpec(0.14), StudentSpec(0.12),
    ];

    public static IReadOnlyList<PlantedTrait> ShiftedTraits { get; } =
    [
        Trait("app_user", TraitDirection.Higher, "true"), Trait("web_sessions_12m", TraitDirection.Higher), Trait("preferred_channel", TraitDirection.Lower, "store"),
    ];

    public static IReadOnlyList<PersonaSpec> ForQuarter(int quarter) => quarter == 0 ? Quarter0 : Quarter1;

    private static PlantedTrait Trait(string column, TraitDirection direction, string? level = null) =>
        new() { Column = column, Direction = direction, Level = level };

    private static PersonaSpec DealHunterSpec(double share) => new()
    {
        Name = DealHunters,
        Share = share,
        Traits = [Trait("discount_share", TraitDirection.Higher), Trait("age", TraitDirection.Lower), Trait("avg_order_value", TraitDirection.Lower)],
        Age = (29, 6),
        Tenure = (16, 0.6),
        Orders = 8,
        OrderValue = (40, 0.3),
        WebSessions = (70, 0.45),
        EmailOpen = (0.42, 0.12),
        Discount = (0.42, 0.11),
        Returns = (0.12, 0.05),
        Nps = (7, 1.6),
        AppUser = 0.70,
        Newsletter = 0.80,
        Channel = [0.55, 0.35, 0.10],
        Loyalty = [0.50, 0.38, 0.12, 0.00],
        Household = [0.50, 0.22, 0.08, 0.20],
        Feedback = Phrases.DealHunters,
        Journey = new()
        {
            SecondJourney = 0.55,
            Entry = [("social_ads", 0.5), ("newsletter", 0.3), ("search", 0.2)],
            Search = [("comparison_sites", 0.35), ("website", 0.4), ("app", 0.25)],
            SearchMin = 1,
            SearchMax = 3,
            SearchGapHours = 12,
            Drop = 0.15,
            Buy = [("website", 0.6), ("app", 0.4)],
            Repurchase = 0.45,
            DeliveryHours = DeliveryHours,
        },
    };

    private static PersonaSpec StoreRegularSpec(double share, bool shifted) => new()
    {
        Name = StoreRegulars,
        Share = share,
        Traits = [Trait("preferred_channel", TraitDirection.Higher, "store"), Trait("tenure_months", TraitDirection.Higher), Trait("age", TraitDirection.Higher), Trait("web_sessions_12m", TraitDirection.Lower)],
        Age = (58, 9),
        Tenure = (100, 0.4),
        Orders = 11,
        OrderValue = (70, 0.3),
        WebSessions = shifted ? (15, 0.7) : (6, 0.7),
        EmailOpen = (0.30, 0.12),
        Discount = (0.12, 0.07),
        Returns = (0.04, 0.03),
        Nps = (8.5, 1.3),
        AppUser = shifted ? 0.42 : 0.12,
        Newsletter = 0.40,
        Channel = shifted ? [0.12, 0.22, 0.66] : [0.10, 0.05, 0.85],
        Loyalty = [0.10, 0.30, 0.45, 0.15],
        Household = [0.30, 0.58, 0.10, 0.02],
        Feedback = Phrases.StoreRegulars,
        Journey = new()
        {
            SecondJourney = 0.45,
            Entry = [("store", 0.6), ("newsletter", 0.3), ("search", 0.1)],
            Search = [("store", 0.7), ("website", 0.2), ("chat", 0.1)],
            SearchMin = 1,
            SearchMax = 2,
            SearchGapHours = 24,
            Drop = 0.06,
            Buy = [("store", 0.9), ("website", 0.1)],
            Repurchase = 0.55,
            DeliveryHours = DeliveryHours,
        },
    };

    private static PersonaSpec PremiumSpec(double share) => new()
    {
        Name = PremiumResearchers,
        Share = share,
        Traits = [Trait("avg_order_value", TraitDirection.Higher), Trait("discount_share", TraitDirection.Lower), Trait("web_sessions_12m", TraitDirection.Higher)],
        Age = (42, 9),
        Tenure = (36, 0.6),
        Orders = 4,
        OrderValue = (210, 0.4),
        WebSessions = (110, 0.45),
        EmailOpen = (0.25, 0.10),
        Discount = (0.05, 0.04),
        Returns = (0.07, 0.04),
        Nps = (7.5, 1.4),
        AppUser = 0.35,
        Newsletter = 0.30,
        Channel = [0.70, 0.10, 0.20],
        Loyalty = [0.20, 0.40, 0.35, 0.05],
        Household = [0.35, 0.50, 0.15, 0.00],
        Feedback = Phrases.PremiumResearchers,
        Journey = new()
        {
            SecondJourney = 0.35,
            Entry = [("search", 0.6), ("newsletter", 0.25), ("social_ads", 0.15)],
            Search = [("review_sites", 0.35), ("comparison_sites", 0.35), ("website", 0.2), ("chat", 0.1)],
            SearchMin = 2,
            SearchMax = 4,
            SearchGapHours = 72,
            Drop = 0.08,
            Buy = [("website", 0.8), ("store", 0.2)],
            Repurchase = 0.25,
            DeliveryHours = DeliveryHours,
            Bottleneck = BottleneckTouchpoint,
            BottleneckDrop = BottleneckDrop,
        },
    };

    private static PersonaSpec FamilySpec(double share) => new()
    {
        Name = BusyFamilies,
        Share = share,
        Traits = [Trait("household_type", TraitDirection.Higher, "family"), Trait("return_rate", TraitDirection.Higher)],
        Age = (39, 6),
        Tenure = (60, 0.5),
        Orders = 13,
        OrderValue = (115, 0.3),
        WebSessions = (25, 0.5),
        EmailOpen = (0.18, 0.09),
        Discount = (0.22, 0.09),
        Returns = (0.20, 0.06),
        Nps = (6, 1.6),
        AppUser = 0.88,
        Newsletter = 0.45,
        Channel = [0.25, 0.65, 0.10],
        Loyalty = [0.20, 0.50, 0.28, 0.02],
        Household = [0.00, 0.08, 0.92, 0.00],
        Feedback = Phrases.BusyFamilies,
        Journey = new()
        {
            SecondJourney = 0.50,
            Entry = [("app", 0.4), ("social_ads", 0.3), ("newsletter", 0.3)],
            Search = [("app", 0.6), ("website", 0.3), ("chat", 0.1)],
            SearchMin = 1,
            SearchMax = 2,
            SearchGapHours = 6,
            Drop = 0.08,
            Buy = [("app", 0.75), ("website", 0.25)],
            Repurchase = 0.55,
            DeliveryHours = FamilyDeliveryHours,
        },
    };

    private static PersonaSpec LapsedSpec(double share) => new()
    {
        Name = LapsedOneTimers,
        Share = share,
        Traits = [Trait("days_since_last_order", TraitDirection.Higher), Trait("orders_12m", TraitDirection.Lower), Trait("nps", TraitDirection.Lower)],
        Age = (35, 12),
        Tenure = (16, 0.5),
        Orders = 0.8,
        OrderValue = (55, 0.4),
        WebSessions = (8, 0.6),
        EmailOpen = (0.06, 0.05),
        Discount = (0.30, 0.15),
        Returns = (0.10, 0.08),
        Nps = (4, 1.8),
        Lapsed = true,
        AppUser = 0.10,
        Newsletter = 0.15,
        Channel = [0.50, 0.15, 0.35],
        Loyalty = [0.95, 0.05, 0.00, 0.00],
        Household = [0.40, 0.30, 0.20, 0.10],
        Feedback = Phrases.LapsedOneTimers,
        Journey = new()
        {
            SecondJourney = 0.10,
            Entry = [("social_ads", 0.6), ("search", 0.4)],
            Search = [("website", 0.6), ("comparison_sites", 0.2), ("review_sites", 0.2)],
            SearchMin = 1,
            SearchMax = 2,
            SearchGapHours = 12,
            Drop = 0.30,
            Buy = [("website", 0.7), ("store", 0.3)],
            Repurchase = 0.0,
            DeliveryHours = DeliveryHours,
        },
    };

    private static PersonaSpec OmniSpec(double share) => new()
    {
        Name = OmnichannelEnthusiasts,
        Share = share,
        Traits = [Trait("orders_12m", TraitDirection.Higher), Trait("loyalty_tier", TraitDirection.Higher, "platinum"), Trait("email_open_rate", TraitDirection.Higher)],
        Age = (46, 9),
        Tenure = (80, 0.5),
        Orders = 24,
        OrderValue = (110, 0.3),
        WebSessions = (90, 0.4),
        EmailOpen = (0.55, 0.12),
        Discount = (0.12, 0.07),
        Returns = (0.09, 0.04),
        Nps = (9, 1.0),
        AppUser = 0.92,
        Newsletter = 0.80,
        Channel = [0.25, 0.35, 0.40],
        Loyalty = [0.00, 0.05, 0.40, 0.55],
        Household = [0.25, 0.40, 0.35, 0.00],
        Feedback = Phrases.OmnichannelEnthusiasts,
        Journey = new()
        {
            SecondJourney = 0.60,
            Entry = [("app", 0.35), ("newsletter", 0.35), ("store", 0.15), ("social_ads", 0.15)],
            Search = [("app", 0.35), ("website", 0.3), ("store", 0.25), ("chat", 0.1)],
            SearchMin = 1,
            SearchMax = 2,
            SearchGapHours = 8,
            Drop = 0.06,
            Buy = [("app", 0.4), ("store", 0.3), ("website", 0.3)],
            Repurchase = 0.75,
            DeliveryHours = DeliveryHours,
        },
    };

    private static PersonaSpec StudentSpec(double share) => new()
    {
        Name = StudentNewcomers,
        Share = share,
        Traits = [Trait("tenure_months", TraitDirection.Lower), Trait("age", TraitDirection.Lower), Trait("household_type", TraitDirection.Higher, "shared")],
        Age = (23, 3),
        Tenure = (4, 0.5),
        Orders = 3,
        OrderValue = (65, 0.3),
        WebSessions = (25, 0.5),
        EmailOpen = (0.15, 0.08),
        Discount = (0.18, 0.08),
        Returns = (0.03, 0.03),
        Nps = (8, 1.3),
        AppUser = 0.90,
        Newsletter = 0.20,
        Channel = [0.30, 0.70, 0.00],
        Loyalty = [0.85, 0.15, 0.00, 0.00],
        Household = [0.30, 0.00, 0.00, 0.70],
        Feedback = Phrases.StudentNewcomers,
        Journey = new()
        {
            SecondJourney = 0.30,
            Entry = [("social_ads", 0.7), ("search", 0.3)],
            Search = [("app", 0.5), ("website", 0.3), ("review_sites", 0.2)],
            SearchMin = 1,
            SearchMax = 2,
            SearchGapHours = 6,
            Drop = 0.15,
            Buy = [("app", 0.8), ("website", 0.2)],
            Repurchase = 0.35,
            DeliveryHours = DeliveryHours,
        },
    };
}
