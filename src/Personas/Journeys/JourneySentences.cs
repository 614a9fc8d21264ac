using System.Globalization;

namespace Personas.Journeys;

/// <summary>Turns a persona's journey comparison into short sentences for its card.</summary>
internal static class JourneySentences
{
    public static IReadOnlyList<string> Describe(PersonaJourneyComparison c, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var list = new List<string>();
        var never = Percent(c.NeverConvertShare);
        list.Add(c.DropOffTouchpoint is { } tp
            ? $"{name} drop off at {tp}; {never}% never reach purchase."
            : $"{never}% of {name} never reach purchase.");
        if (c.LosesMostAtStage is { } stage)
        {
            list.Add($"{name} lose the most customers at the {stage} stage: {Percent(c.LosesMostAtStageShare)}% of those who reach it go no further.");
        }

        if (c.TypicalPath.Count > 0)
        {
            list.Add($"Typical path of {name}: {string.Join(" > ", c.TypicalPath)} ({Percent(c.TypicalPathShare)}% of journeys).");
        }

        if (c.LongWaitStage is { } wait)
        {
            list.Add($"{name} wait longest after {wait} (median {Duration(c.LongWaitMedianSeconds)}).");
        }

        foreach (var d in c.Differences.Take(2))
        {
            var more = d.PersonaShare > d.OtherShare ? "more" : "less";
            var what = d.Kind == "transition" ? "go " + d.Item.Replace(" -> ", " to ", StringComparison.Ordinal).Insert(0, "from ") : "use " + d.Item;
            list.Add($"{name} {what} {more} often than other personas ({Percent(d.PersonaShare)}% vs {Percent(d.OtherShare)}% of journeys).");
        }

        return list;
    }

    public static string Duration(double seconds) => seconds switch
    {
        >= 86400 * 2 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} days", seconds / 86400),
        >= 3600 * 2 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} hours", seconds / 3600),
        >= 120 => string.Format(CultureInfo.InvariantCulture, "{0:0} minutes", seconds / 60),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0} seconds", seconds),
    };

    private static string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture);
}
