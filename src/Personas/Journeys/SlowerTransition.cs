using System.Globalization;

namespace Personas.Journeys;

/// <summary>
/// A step inside journeys that one persona takes much longer over than the other personas take the same step: the
/// kind of waiting a marketer can act on ("Busy families wait 4 days from a purchase on the app to delivery, 4.8x as
/// long as other personas"). Steps are consecutive events within one journey, never the gap between two journeys.
/// </summary>
/// <param name="From">The touchpoint the wait starts at.</param>
/// <param name="To">The touchpoint that follows.</param>
/// <param name="Count">The persona's journeys that take this step.</param>
/// <param name="PersonaMedianSeconds">The persona's median time for the step.</param>
/// <param name="OthersMedianSeconds">The other personas' median time for the same step (their steps pooled).</param>
/// <param name="OthersCount">The other personas' journeys that take this step.</param>
/// <param name="FromPurchase">True when the step starts at a purchase (a conversion event at <paramref name="From"/>).</param>
/// <param name="ToPurchase">True when the step ends at a purchase.</param>
public sealed record SlowerTransition(string From, string To, long Count, double PersonaMedianSeconds, double OthersMedianSeconds, long OthersCount = 0, bool FromPurchase = false, bool ToPurchase = false)
{
    /// <summary>How many times as long the persona waits.</summary>
    public double Ratio => OthersMedianSeconds > 0 ? PersonaMedianSeconds / OthersMedianSeconds : double.PositiveInfinity;

    /// <summary>A sentence for a persona card.</summary>
    /// <param name="personaName">The persona's display name.</param>
    /// <returns>For example <c>Busy families wait 4 days from a purchase on app to delivery, 4.8x as long as other personas (median 19.9 hours; 512 and 2,130 journeys).</c></returns>
    public string Describe(string personaName) => Describe(personaName, ReportLanguage.English);

    /// <summary>The sentence in a card's language.</summary>
    internal string Describe(string personaName, ReportLanguage language)
    {
        var n = Words.NumberStyle.For(language);
        return Words.Templates.Format(
            language,
            "journey.slowerWait",
            ("name", personaName),
            ("duration", JourneySentences.Duration(PersonaMedianSeconds, language)),
            ("from", Label(From, FromPurchase, language)),
            ("to", Label(To, ToPurchase, language)),
            ("ratio", n.Fixed(Ratio, "0.#")),
            ("others", JourneySentences.Duration(OthersMedianSeconds, language)),
            ("count", n.Count(Count)),
            ("othersCount", n.Count(OthersCount)));
    }

    /// <summary>
    /// The steps on which a persona waits at least <paramref name="minRatio"/> times as long as the other personas,
    /// counting only steps that at least <paramref name="minCount"/> journeys take on each side; the largest ratio first.
    /// The journey map holds the steps at <see cref="JourneyOptions.SlowerWaitRatio"/> and
    /// <see cref="JourneyOptions.MinCount"/>; smaller thresholds here find nothing more.
    /// </summary>
    /// <param name="map">The journey map (with personas).</param>
    /// <param name="personaId">The persona.</param>
    /// <param name="minRatio">The smallest ratio reported; the default is 2.</param>
    /// <param name="minCount">The fewest journeys taking the step on each side; the default is 20.</param>
    /// <returns>The slower steps, possibly none.</returns>
    public static IReadOnlyList<SlowerTransition> Find(JourneyMap map, string personaId, double minRatio = 2, int minCount = 20)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.PersonaComparison.TryGetValue(personaId, out var c)
            ? c.SlowerWaits.Where(s => s.Ratio >= minRatio && s.Count >= minCount && s.OthersCount >= minCount).ToArray()
            : [];
    }

    private static string Label(string touchpoint, bool purchase, ReportLanguage language) =>
        purchase ? Words.Templates.Format(language, "journey.purchaseOn", ("touchpoint", JourneySentences.Name(touchpoint))) : JourneySentences.Name(touchpoint);
}
