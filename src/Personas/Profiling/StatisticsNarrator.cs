using Personas.Words;

namespace Personas.Profiling;

/// <summary>
/// The default narrator: deterministic sentences, each tied to a statistic shown on the card (size and share, value
/// share, the strongest traits with their effect sizes, quality).
/// </summary>
public sealed class StatisticsNarrator : IPersonaNarrator
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> NarrateAsync(Persona persona, PersonaSet set, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(set);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Narrate(persona, set));
    }

    internal static IReadOnlyList<string> Narrate(Persona p, PersonaSet set)
    {
        var w = Wording.Of(set);
        var s = new List<string>();
        if (!p.IsDetailed)
        {
            s.Add(w.T("narr.sizeSmall", ("count", w.Count(p.Size)), ("share", w.Share(p.Share)), ("minimum", w.Count(set.MinPersonaSize))));
            return s;
        }

        s.Add(w.T("narr.size", ("count", w.Count(p.Size)), ("share", w.Share(p.Share))));
        if (p.ValueShare is { } vs && p.ValuePerCustomerRatio is { } ratio && set.ValueColumn is not null)
        {
            var value = w.Label(set.ValueColumn);
            s.Add(ratio >= 1
                ? w.T("narr.valueMore", ("valueShare", w.Share(vs)), ("value", value), ("times", w.Numbers.Times(ratio)))
                : w.T("narr.valueLess", ("valueShare", w.Share(vs)), ("value", value), ("percent", w.Share(ratio))));
        }

        foreach (var k in p.Outcomes.Where(k => !k.IsLeakage && k.QValue < set.SignificanceLevel).Take(2))
        {
            s.Add(OutcomeSentence(k, set));
        }

        var higher = p.HigherTraits.Take(3);
        var lower = p.LowerTraits.Take(s.Count == 1 ? 2 : 1);
        foreach (var t in higher.Concat(lower))
        {
            s.Add(Sentence(t, w));
        }

        if (p.Traits.Count == 0)
        {
            s.Add(w.T("narr.noTrait", ("count", w.Count(set.TotalCustomers - p.Size))));
        }

        if (s.Count < 3)
        {
            s.Add(w.T("narr.compared", ("count", w.Count(set.TotalCustomers - p.Size)), ("features", w.Count(p.Comparisons.Select(c => c.Feature).Distinct().Count()))));
        }

        return s.Take(6).Select(Wording.Capitalise).ToArray();
    }

    /// <summary>
    /// One sentence for an outcome KPI in plain words, quoting the numbers on the card: "48.9% of them left, against 12.7%
    /// of other customers (3.9x); they make up 74% of all who left".
    /// </summary>
    internal static string OutcomeSentence(OutcomeKpi k, PersonaSet set)
    {
        var w = Wording.Of(set);
        var ratio = k.Lift is { } l ? " (" + w.Ratio(l) + ")" : string.Empty;
        if (!k.IsRate)
        {
            return w.T("narr.numeric", ("label", w.Label(k.Outcome)), ("value", w.Value(k.Outcome, k.PersonaValue)), ("rest", w.Value(k.Outcome, k.RestValue)), ("ratio", ratio));
        }

        var phrase = w.OutcomePhrase(k.Outcome, k.Level);
        var shares = k.ShareOfOutcome is { } so
            ? w.T("narr.outcomeShare", ("share", w.Share(so)), ("phrase", phrase))
                + (k.ShareOfValue is { } sv && set.ValueColumn is not null ? w.T("narr.outcomeShareValue", ("valueShare", w.Share(sv)), ("value", w.Label(set.ValueColumn))) : string.Empty)
            : string.Empty;
        return Share(w, phrase, k.PersonaValue, k.RestValue, ratio, shares);
    }

    /// <summary>One sentence for a trait in plain words, quoting the numbers on the card ("None of them live alone (18.4% of other customers).").</summary>
    internal static string Sentence(Trait t, Wording? words = null)
    {
        var w = words ?? Wording.Default;
        if (t.Kind == TraitKind.Numeric)
        {
            var vs = Reporting.CardText.VsOthers(t);
            var ratio = vs is { } r && r >= 1.2 ? w.T("narr.ratioHigher", ("times", w.Numbers.Times(r)))
                : vs is { } r2 && r2 <= 0.8 && r2 > 0 ? w.T("narr.ratioLower", ("percent", w.Share(1 - r2)))
                : string.Empty;
            return w.T("narr.numeric", ("label", w.Label(t.Feature)), ("value", w.Value(t, true)), ("rest", w.Value(t, false)), ("ratio", ratio));
        }

        var likely = Reporting.CardText.VsOthers(t) is { } lr && lr >= 1.2 ? w.T("narr.ratioLikely", ("times", w.Numbers.Times(lr))) : string.Empty;
        return Share(w, w.LevelPhrase(t.Feature, t.Level ?? "yes"), t.PersonaValue, t.RestValue, likely, string.Empty);
    }

    /// <summary>A sentence about the share of the persona with a phrase: the plain "None of them" and "All of them" where the share reads 0% or 100%.</summary>
    private static string Share(Wording w, string phrase, double share, double rest, string ratio, string after)
    {
        var text = w.Share(share);
        var sentence = text == w.Share(0) ? w.T("narr.levelNone", ("phrase", phrase), ("rest", w.Share(rest)))
            : text == w.Share(1) ? w.T("narr.levelAll", ("phrase", phrase), ("rest", w.Share(rest)))
            : w.T("narr.level", ("share", text), ("phrase", phrase), ("rest", w.Share(rest)), ("ratio", ratio));
        return after.Length == 0 ? sentence : sentence.TrimEnd('.') + after + ".";
    }
}
