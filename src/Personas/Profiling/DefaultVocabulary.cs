namespace Personas.Profiling;

/// <summary>The built-in naming rules, most specific first.</summary>
internal static partial class DefaultVocabulary
{
    private const TraitDirection H = TraitDirection.Higher;
    private const TraitDirection L = TraitDirection.Lower;

    internal static readonly VocabularyEntry[] Entries =
    [
        // Money and value.
        new("income", null, H, "High-income", true),
        new("income", null, L, "Budget-conscious", true),
        new("salary", null, H, "High-income", true),
        new("spending score", null, H, "Big spenders"),
        new("spending score", null, L, "Cautious spenders"),
        new("avg order value", null, H, "Big-basket", true),
        new("average order value", null, H, "Big-basket", true),
        new("aov", null, H, "Big-basket", true),
        new("basket", null, H, "Big-basket", true),
        new("revenue", null, H, "High-value", true),
        new("revenue", null, L, "Low-value", true),
        new("monetary", null, H, "High-value", true),
        new("monetary", null, L, "Low-value", true),
        new("spend", null, H, "High-value", true),
        new("sales", null, H, "High-value", true),
        new("total charges", null, H, "High-value", true),
        new("monthly charges", null, H, "Premium-plan", true),
        new("monthly charges", null, L, "Basic-plan", true),
        new("contract", "month", H, "Month-to-month", true),
        new("contract", "two year", H, "Long-contract", true),
        new("streaming", null, H, "Streamers"),
        new("paperless", null, H, "Paperless", true),

        // Product categories (Customer Personality Analysis and similar).
        new("wine", null, H, "Wine lovers"),
        new("meat", null, H, "Meat lovers"),
        new("fish", null, H, "Seafood fans"),
        new("sweet", null, H, "Sweet-toothed", true),
        new("gold", null, H, "Gold buyers"),
        new("fruit", null, H, "Fresh-food fans"),

        // Channels.
        new("web purchases", null, H, "Online shoppers"),
        new("web visits", null, H, "Frequent browsers"),
        new("web sessions", null, H, "Frequent browsers"),
        new("sessions", null, H, "Frequent browsers"),
        new("web", null, H, "Online shoppers"),
        new("online", null, H, "Online shoppers"),
        new("store", null, H, "Store regulars"),
        new("catalog", null, H, "Catalog shoppers"),
        new("channel", "store", H, "Store regulars"),
        new("channel", "shop", H, "Store regulars"),
        new("channel", "web", H, "Online shoppers"),
        new("channel", "online", H, "Online shoppers"),
        new("channel", "app", H, "App users"),
        new("channel", "mobile", H, "App users"),
        new("channel", "omni", H, "Omnichannel shoppers"),
        new("channel", "phone", H, "Phone shoppers"),
        new("channel", "catalog", H, "Catalog shoppers"),
        new("app", null, H, "App users"),
        new("newsletter", null, H, "Newsletter readers"),
        new("email open", null, H, "Email-engaged", true),

        // Deals.
        new("deal", null, H, "Deal hunters"),
        new("discount", null, H, "Deal hunters"),
        new("coupon", null, H, "Deal hunters"),
        new("promo", null, H, "Deal hunters"),
        new("discount", null, L, "Full-price", true),

        // Household.
        new("kid", null, H, "Young families"),
        new("children", null, H, "Young families"),
        new("child", null, H, "Young families"),
        new("teen", null, H, "Families with teens"),
        new("dependents", null, H, "Families"),
        new("household", "kid", H, "Families"),
        new("household", "child", H, "Families"),
        new("household", "famil", H, "Families"),
        new("household", "single", H, "Singles"),
        new("household", "couple", H, "Couples"),
        new("kid", null, L, "Child-free", true),

        // Recency, frequency, loyalty.
        new("recency", null, H, "Lapsed", true),
        new("recency", null, L, "Recently active", true),
        new("days since", null, H, "Lapsed", true),
        new("days since", null, L, "Recently active", true),
        new("last purchase", null, H, "Lapsed", true),
        new("orders", null, H, "Frequent buyers"),
        new("orders", null, L, "Occasional buyers"),
        new("frequency", null, H, "Frequent buyers"),
        new("frequency", null, L, "Occasional buyers"),
        new("tenure", null, H, "Loyal", true),
        new("tenure", null, L, "New", true),
        new("loyalty", "gold", H, "Loyal", true),
        new("loyalty", "platinum", H, "Loyal", true),
        new("loyalty", "vip", H, "Loyal", true),
        new("churn", null, H, "At-risk", true),
        new("return", null, H, "Serial returners"),
        new("complain", null, H, "Complaining", true),
        new("accepted", null, H, "Campaign responders"),
        new("response", null, H, "Campaign responders"),
        new("nps", null, H, "Enthusiastic", true),
        new("nps", null, L, "Unhappy", true),
        new("satisfaction", null, H, "Satisfied", true),
        new("satisfaction", null, L, "Unhappy", true),

        // Age.
        new("age", null, H, "Mature", true),
        new("age", null, L, "Young", true),
        new("year birth", null, H, "Young", true),
        new("year birth", null, L, "Mature", true),
        new("senior", null, H, "Senior", true),

        // Web sessions (Google Analytics-style exports such as Online Shoppers Intention).
        new("bounce", null, H, "Quick bouncers"),
        new("exit rates", null, H, "Quick leavers"),
        new("informational", null, H, "Researchers"),
        new("informational", null, L, "Straight-to-product", true),
        new("product related", null, H, "Keen browsers"),
        new("administrative", null, H, "Account-focused", true),
        new("page values", null, H, "High-intent", true),
        new("visitor type", "new", H, "New visitors"),

        // Banking and telecom customers (Bank Marketing, Telco Customer Churn and similar).
        new("balance", null, H, "Affluent", true),
        new("loan", null, H, "Borrowers"),
        new("contact", "cellular", H, "Mobile-phone customers"),
        new("contact", "mobile", H, "Mobile-phone customers"),
        new("housing", null, H, "Mortgage holders"),
        new("job", "retired", H, "Retirees"),
        new("job", "student", H, "Students"),
        new("job", "blue collar", H, "Blue-collar workers"),
        new("job", "management", H, "Managers"),
        new("job", "technician", H, "Technicians"),
        new("job", "entrepreneur", H, "Entrepreneurs"),
        new("job", "self employed", H, "Self-employed"),
        new("marital", "single", H, "Single", true),
        new("marital", "married", H, "Married", true),
        new("education", "tertiary", H, "Graduate", true),
        new("internet service", "dsl", H, "DSL customers"),
        new("internet service", "fiber", H, "Fiber customers"),
        new("partner", null, H, "Couples"),
    ];
}
