namespace Personas.Samples;

/// <summary>Free-text feedback comments per persona (some with commas and quotes, as real comments have).</summary>
internal static class Phrases
{
    public static IReadOnlyList<string> DealHunters { get; } =
    [
        "Great prices during the sale, shipping was quick",
        "Only buy when there is a discount code",
        "Price matched the competitor, thanks!",
        "Wish the \"member deals\" lasted longer",
        "Cheap, fast, fine quality for the money",
        "Found it cheaper on a comparison site first",
    ];

    public static IReadOnlyList<string> StoreRegulars { get; } =
    [
        "Staff in the store always know my name",
        "I prefer to see and touch things before buying",
        "Been shopping here for years, never disappointed",
        "Please keep the local store open on Sundays",
        "Friendly service, as always",
    ];

    public static IReadOnlyList<string> PremiumResearchers { get; } =
    [
        "Product specifications could be more detailed",
        "Compared three brands before choosing, the reviews helped",
        "Quality is excellent, worth the price",
        "Missing a comparison of the warranty terms",
        "Chat answered my technical question, eventually",
    ];

    public static IReadOnlyList<string> BusyFamilies { get; } =
    [
        "Delivery took almost a week, we needed it sooner",
        "The app makes reordering easy",
        "Returned the kids' shoes, wrong size again",
        "Please add evening delivery slots",
        "Bundle offers for families would be nice",
    ];

    public static IReadOnlyList<string> LapsedOneTimers { get; } =
    [
        "Bought once, nothing since",
        "Too many e-mails, unsubscribed",
        "The product broke after a month",
        "Not sure why I would come back",
    ];

    public static IReadOnlyList<string> OmnichannelEnthusiasts { get; } =
    [
        "Love click and collect, app plus store works great",
        "Platinum perks are worth it",
        "Ordered in the app, picked up in store within an hour",
        "Newsletter tips are actually useful",
        "Best shopping experience in the Nordics",
    ];

    public static IReadOnlyList<string> StudentNewcomers { get; } =
    [
        "Student discount please!",
        "Found you through an ad, first order went fine",
        "Small flat, small budget, good basics",
        "The app is easy, checkout was quick",
    ];
}
