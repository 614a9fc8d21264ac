using System.Globalization;

namespace Personas.Journeys;

/// <summary>
/// Turns a persona's journey comparison into short sentences for its card. Every number is one of the comparison's
/// (the stage funnel's counts and shares, the paths' shares), so the card says what the charts and JSON say.
/// </summary>
internal static class JourneySentences
{
    public static IReadOnlyList<string> Describe(PersonaJourneyComparison c, string name, bool waits)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var list = new List<string>();
        var never = Percent(c.NeverConvertShare);
        list.Add(c.DropOffTouchpoint is { } tp
            ? $"{name} drop off at {Name(tp)}: {Percent(c.DropOffTouchpointShare)}% of their journeys without a purchase end there ({never}% of their {Count(c.Journeys)} journeys end without one)."
            : c.NeverConvertShare > 0 ? $"{never}% of the {Count(c.Journeys)} journeys of {name} end without a purchase." : $"Every journey of {name} ends in a purchase.");
        if (waits && c.SlowerWaits.Count > 0)
        {
            list.Add(c.SlowerWaits[0].Describe(name));
        }

        if (c.LosesMostAtStage is { } stage && c.LosesMostAtStageReached > 0)
        {
            list.Add($"{name} lose the most customers at the {stage} stage: {Percent(c.LosesMostAtStageShare)}% of the {Count(c.LosesMostAtStageReached)} who reach it go no further.");
        }

        if (c.BuyingShare is { } buying)
        {
            list.Add(c.RepurchaseShare is { } again
                ? $"{Percent(buying)}% of their {Count(c.Customers)} customers buy; {Percent(again)}% buy again (a later purchase journey)."
                : $"{Percent(buying)}% of their {Count(c.Customers)} customers buy.");
        }

        list.AddRange(Paths(c));
        if (c.LongWaitStage is { } wait)
        {
            list.Add($"{name} wait longest after {wait} (median {Duration(c.LongWaitMedianSeconds)}).");
        }

        foreach (var d in c.Differences.Take(2))
        {
            var more = d.PersonaShare > d.OtherShare ? "more" : "less";
            var what = d.Kind == "transition" ? "go from " + string.Join(" to ", d.Item.Split(" -> ").Select(Name)) : "use " + Name(d.Item);
            list.Add($"{name} {what} {more} often than other personas ({Percent(d.PersonaShare)}% vs {Percent(d.OtherShare)}% of journeys).");
        }

        return list;
    }

    /// <summary>The path sentences: the typical path, or how people start and where they buy; then the converting and abandoned paths.</summary>
    private static IEnumerable<string> Paths(PersonaJourneyComparison c)
    {
        var min = Percent(c.TypicalPathMinShare);
        if (c.TypicalPath.Count > 0)
        {
            yield return $"Typical path: {Path(c.TypicalPath)} ({Percent(c.TypicalPathShare)}% of journeys; {Percent(c.TypicalPathConversionRate)}% of them end in a purchase).";
        }
        else if (c.Entries.Count > 0)
        {
            var starts = Listed(c.Entries, (s, i) => i == 0 ? $"{Percent(s.Share)}% start with {Name(s.Touchpoint)}" : $"{Percent(s.Share)}% with {Name(s.Touchpoint)}", "and");
            var buys = c.PurchaseTouchpoints.Count > 0 ? "; they buy on " + Listed(c.PurchaseTouchpoints, (s, _) => $"{Name(s.Touchpoint)} ({Percent(s.Share)}%)", "or") : string.Empty;
            yield return $"No dominant path (none covers {min}% of journeys; the most common {Percent(c.LargestPathShare)}%): {starts}{buys}.";
        }

        if (c.TypicalConvertingPath.Count > 0 && !c.TypicalConvertingPath.SequenceEqual(c.TypicalPath))
        {
            yield return $"Most common path to a purchase: {Path(c.TypicalConvertingPath)} ({Percent(c.TypicalConvertingPathShare)}% of journeys with a purchase).";
        }

        if (c.TypicalAbandonedPath.Count > 0 && !c.TypicalAbandonedPath.SequenceEqual(c.TypicalPath))
        {
            yield return $"Most common path without a purchase: {Path(c.TypicalAbandonedPath)} ({Percent(c.TypicalAbandonedPathShare)}% of journeys without a purchase).";
        }
    }

    /// <summary>Up to three items, each after the first with at least 5%, joined with commas and a final conjunction.</summary>
    private static string Listed(IReadOnlyList<TouchpointShare> items, Func<TouchpointShare, int, string> text, string conjunction)
    {
        var shown = items.Take(3).Where((s, i) => i == 0 || s.Share >= 0.05).Select(text).ToArray();
        return shown.Length == 1 ? shown[0] : string.Join(", ", shown[..^1]) + $" {conjunction} " + shown[^1];
    }

    /// <summary>A touchpoint as words (underscores become spaces).</summary>
    public static string Name(string touchpoint) => touchpoint.Replace('_', ' ');

    private static string Path(IReadOnlyList<string> path) => path.Count == 1 ? Name(path[0]) + " only" : string.Join(" > ", path.Select(Name));

    public static string Duration(double seconds) => seconds switch
    {
        >= 86400 * 2 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} days", seconds / 86400),
        >= 3600 * 2 => string.Format(CultureInfo.InvariantCulture, "{0:0.#} hours", seconds / 3600),
        >= 120 => string.Format(CultureInfo.InvariantCulture, "{0:0} minutes", seconds / 60),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:0} seconds", seconds),
    };

    public static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
