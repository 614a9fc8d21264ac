using Personas.Words;

namespace Personas.Journeys;

/// <summary>
/// Turns a persona's journey comparison into short sentences for its card, in the card's language (templates
/// <c>journey.*</c>). Every number is one of the comparison's (the stage funnel's counts and shares, the paths' shares),
/// so the card says what the charts and JSON say. Touchpoints and stage names are the event data's own words.
/// </summary>
internal static class JourneySentences
{
    public static IReadOnlyList<string> Describe(PersonaJourneyComparison c, string name, bool waits, ReportLanguage language = ReportLanguage.English)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var w = new Phrases(language);
        var list = new List<string>();
        var never = w.Pct(c.NeverConvertShare);
        list.Add(c.DropOffTouchpoint is { } tp
            ? w.T("journey.dropOff", ("name", name), ("touchpoint", Name(tp)), ("share", w.Pct(c.DropOffTouchpointShare)), ("never", never), ("journeys", w.Count(c.Journeys)))
            : c.NeverConvertShare > 0
                ? w.T("journey.neverSome", ("name", name), ("never", never), ("journeys", w.Count(c.Journeys)))
                : w.T("journey.neverNone", ("name", name)));
        if (waits && c.SlowerWaits.Count > 0)
        {
            list.Add(c.SlowerWaits[0].Describe(name, language));
        }

        if (c.LosesMostAtStage is { } stage && c.LosesMostAtStageReached > 0)
        {
            list.Add(w.T("journey.stageLoss", ("name", name), ("stage", Stage(stage, language)), ("share", w.Pct(c.LosesMostAtStageShare)), ("reached", w.Count(c.LosesMostAtStageReached))));
        }

        if (c.BuyingShare is { } buying)
        {
            list.Add(c.RepurchaseShare is { } again
                ? w.T("journey.buyAgain", ("buying", w.Pct(buying)), ("customers", w.Count(c.Customers)), ("again", w.Pct(again)))
                : w.T("journey.buy", ("buying", w.Pct(buying)), ("customers", w.Count(c.Customers))));
        }

        list.AddRange(Paths(c, w));
        if (c.LongWaitStage is { } wait)
        {
            list.Add(w.T("journey.longWait", ("name", name), ("stage", Stage(wait, language)), ("duration", Duration(c.LongWaitMedianSeconds, language))));
        }

        foreach (var d in c.Differences.Take(2))
        {
            var more = d.PersonaShare > d.OtherShare ? "More" : "Less";
            var shares = new[] { ("name", name), ("persona", w.Pct(d.PersonaShare)), ("others", w.Pct(d.OtherShare)) };
            if (d.Kind == "transition")
            {
                var steps = d.Item.Split(" -> ").Select(Name).ToArray();
                list.Add(w.T("journey.transition" + more, [.. shares, ("from", steps[0]), ("to", string.Join(w.T("journey.then"), steps[1..]))]));
            }
            else
            {
                list.Add(w.T("journey.use" + more, [.. shares, ("touchpoint", Name(d.Item))]));
            }
        }

        return list;
    }

    /// <summary>The path sentences: the typical path, or how people start and where they buy; then the converting and abandoned paths.</summary>
    private static IEnumerable<string> Paths(PersonaJourneyComparison c, Phrases w)
    {
        if (c.TypicalPath.Count > 0)
        {
            yield return w.T("journey.typicalPath", ("path", Path(c.TypicalPath, w)), ("share", w.Pct(c.TypicalPathShare)), ("conversion", w.Pct(c.TypicalPathConversionRate)));
        }
        else if (c.Entries.Count > 0)
        {
            var starts = Listed(c.Entries, (s, i) => w.T(i == 0 ? "journey.startFirst" : "journey.startNext", ("share", w.Pct(s.Share)), ("touchpoint", Name(s.Touchpoint))), w.T("journey.and"));
            var buys = c.PurchaseTouchpoints.Count > 0
                ? w.T("journey.buysOn", ("list", Listed(c.PurchaseTouchpoints, (s, _) => w.T("journey.buysOnItem", ("touchpoint", Name(s.Touchpoint)), ("share", w.Pct(s.Share))), w.T("journey.or"))))
                : string.Empty;
            yield return w.T("journey.noDominantPath", ("min", w.Pct(c.TypicalPathMinShare)), ("largest", w.Pct(c.LargestPathShare)), ("starts", starts), ("buys", buys));
        }

        if (c.TypicalConvertingPath.Count > 0 && !c.TypicalConvertingPath.SequenceEqual(c.TypicalPath))
        {
            yield return w.T("journey.convertingPath", ("path", Path(c.TypicalConvertingPath, w)), ("share", w.Pct(c.TypicalConvertingPathShare)));
        }

        if (c.TypicalAbandonedPath.Count > 0 && !c.TypicalAbandonedPath.SequenceEqual(c.TypicalPath))
        {
            yield return w.T("journey.abandonedPath", ("path", Path(c.TypicalAbandonedPath, w)), ("share", w.Pct(c.TypicalAbandonedPathShare)));
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

    /// <summary>A stage name in the language: the default stage model's names are translated, a funnel's own names are kept.</summary>
    public static string Stage(string stage, ReportLanguage language) =>
        language != ReportLanguage.English && Templates.For(language).TryGetValue("stage." + stage, out var translated) ? translated : stage;

    private static string Path(IReadOnlyList<string> path, Phrases w) =>
        path.Count == 1 ? w.T("journey.pathOnly", ("touchpoint", Name(path[0]))) : string.Join(" > ", path.Select(Name));

    public static string Duration(double seconds, ReportLanguage language = ReportLanguage.English)
    {
        var n = NumberStyle.For(language);
        var (key, value) = seconds switch
        {
            >= 86400 * 2 => ("duration.days", n.Fixed(seconds / 86400, "0.#")),
            >= 3600 * 2 => ("duration.hours", n.Fixed(seconds / 3600, "0.#")),
            >= 120 => ("duration.minutes", n.Fixed(seconds / 60, "0")),
            _ => ("duration.seconds", n.Fixed(seconds, "0")),
        };
        return Templates.Format(language, key, ("n", value));
    }

    /// <summary>A share as a whole percentage without the sign ("44").</summary>
    public static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The templates and number format of one language.</summary>
    private sealed class Phrases(ReportLanguage language)
    {
        private readonly NumberStyle _numbers = NumberStyle.For(language);

        public string T(string key, params (string Name, string Value)[] args) => Templates.Format(language, key, args);

        /// <summary>A share as a whole percentage: "44%", in Finnish "44 %".</summary>
        public string Pct(double share) => language == ReportLanguage.Finnish ? Percent(share) + NumberStyle.Nbsp + "%" : Percent(share) + "%";

        public string Count(long n) => _numbers.Count(n);
    }
}
