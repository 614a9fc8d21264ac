using System.Globalization;
using Personas.Words;

namespace Personas.Profiling;

/// <summary>
/// Names personas deterministically from their top traits with a <see cref="NameVocabulary"/>: an adjective and a
/// noun phrase ("High-income wine lovers"), else a generic description of the two strongest traits ("Higher income,
/// lower web visits"). Names are unique within a set (case-insensitive): a clash adds the next trait, then the id.
/// </summary>
internal static class PersonaNamer
{
    private static readonly string[] CodePrefixes = ["num ", "number of ", "mnt ", "n "];

    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "num", "number", "count", "visits", "purchases", "orders", "sessions", "kidhome", "teenhome", "kids", "children",
        "transactions", "items", "complaints", "calls",
    };

    // Levels that record an encoding or a gap in the data, not a trait of people.
    private static readonly HashSet<string> EncodingLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "(missing)", "(other)", "unknown", "other", "others", "none", "n/a", "na", "not applicable", "unspecified", "undefined", "missing",
    };

    internal static PersonaSet Name(PersonaSet set, NameVocabulary vocabulary, IReadOnlyDictionary<string, PersonaOverride>? overrides, IReadOnlyCollection<string>? notForNames = null)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (overrides is not null)
        {
            foreach (var p in set.Personas)
            {
                if (overrides.TryGetValue(p.Id, out var o) && o.Name is not null)
                {
                    used.Add(o.Name.Trim());
                    stems.Add(Stem(o.Name.Trim()));
                }
            }
        }

        var excluded = notForNames is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(notForNames, StringComparer.Ordinal);
        var values = set.ValueColumns.ToHashSet(StringComparer.Ordinal);
        var heads = new HashSet<(string, string?, TraitDirection)>();
        var named = new List<Persona>();
        var w = Wording.Of(set);

        // The built-in vocabulary has Finnish words too; a vocabulary of the user's own is in the user's language.
        var words = w.Language == ReportLanguage.Finnish && ReferenceEquals(vocabulary, NameVocabulary.Default) ? NameVocabulary.DefaultFinnish : vocabulary;
        foreach (var p in set.Personas)
        {
            var candidates = Candidates(p, words, w, t => Nameable(t, excluded), e => ValueWordsAllowed(e, values) && MostHoldIt(e.Trait)).ToList();

            // Prefer a name whose first word, and whose leading trait, no other persona's name has: "Low-value customers"
            // and "Low-value customers, higher bounce rates", or "Wine lovers" and "Higher wines", read as one persona.
            // When every name repeats one (two personas with the same profile), the id tells them apart: "Wine lovers (P2)".
            var name = candidates.Where(c => !used.Contains(c.Name) && !stems.Contains(Stem(c.Name)) && (c.Head is null || !heads.Contains(Key(c.Head)))).Select(c => c.Name).FirstOrDefault()
                ?? (candidates.Count > 0 && !used.Contains(candidates[^1].Name) ? candidates[^1].Name : null)
                ?? candidates.Where(c => !used.Contains(c.Name)).Select(c => c.Name).FirstOrDefault();
            for (var i = 2; name is null; i++)
            {
                var candidate = string.Create(CultureInfo.InvariantCulture, $"Persona {p.Id} ({i})");
                name = used.Contains(candidate) ? null : candidate;
            }

            used.Add(name);
            stems.Add(Stem(name));
            if (candidates.Where(c => c.Name == name).Select(c => c.Head).FirstOrDefault() is { } head)
            {
                heads.Add(Key(head));
            }

            named.Add(p with { Name = name, Tagline = Tagline(p, t => Nameable(t, excluded), w) });
        }

        var result = set with { Personas = named };
        return overrides is null ? result : result.WithOverrides(overrides);
    }

    // Words that start generic names ("Higher income, ...") and say nothing about who the persona is.
    private static readonly HashSet<string> DirectionWords = new(StringComparer.OrdinalIgnoreCase) { "higher", "lower", "more", "fewer", "less", "often" };

    /// <summary>The first telling word of a name, lower case ("wine" for "Wine lovers", "high-income" for "High-income wine lovers", "income" for "Higher income, ...").</summary>
    private static string Stem(string name) =>
        name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !DirectionWords.Contains(w))?.ToLowerInvariant() ?? name.ToLowerInvariant();

    /// <summary>
    /// Whether a trait may give a name: not a level that records an encoding or a gap ("unknown", "(missing)", "other"),
    /// not an integer code (region 3), not a level or column listed in <see cref="ProfilingOptions.NotForNames"/>.
    /// </summary>
    internal static bool Nameable(Trait t, HashSet<string> excluded)
    {
        if (excluded.Contains(t.Feature) || (t.Level is not null && excluded.Contains(t.Feature + "=" + t.Level)))
        {
            return false;
        }

        return t.Kind != TraitKind.Categorical || t.Level is null || t.Level == "yes"
            || (!EncodingLevels.Contains(t.Level.Trim()) && !long.TryParse(t.Level, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
    }

    /// <summary>"High-value" and "Low-value" only describe the value column (revenue, spend), never another money-like column.</summary>
    private static bool ValueWordsAllowed((Trait Trait, VocabularyEntry Entry) m, HashSet<string> valueColumns) =>
        !m.Entry.Words.Contains("value", StringComparison.OrdinalIgnoreCase) || valueColumns.Contains(m.Trait.Feature);

    /// <summary>
    /// A word for a level ("Retirees" for job = retired, "Borrowers" for loan = yes) names a persona only when most of its
    /// customers hold that level: 8.6% retirees, three times the rest's share, do not make a persona of "retirees".
    /// </summary>
    private static bool MostHoldIt(Trait t) => t.Kind != TraitKind.Categorical || t.Direction != TraitDirection.Higher || t.PersonaValue >= 0.5;

    private static (string, string?, TraitDirection) Key(Trait t) => (t.Feature, t.Level, t.Direction);

    /// <summary>The candidate names, best first, each with the trait it leads with; the last one always contains the id and is therefore unique.</summary>
    private static IEnumerable<(string Name, Trait? Head)> Candidates(Persona p, NameVocabulary vocabulary, Wording w, Func<Trait, bool> nameable, Func<(Trait Trait, VocabularyEntry Entry), bool> allowed)
    {
        if (!p.IsDetailed)
        {
            yield return (w.T("name.smallGroup"), null);
            yield return (w.T("name.withId", ("name", w.T("name.smallGroup")), ("id", p.Id)), null);
            yield break;
        }

        var ranked = p.Traits.Where(nameable).OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal).ToArray();
        if (ranked.Length == 0)
        {
            // No trait, or only gaps and encodings: not a kind of customer, and said so.
            yield return (w.T("name.noClearProfile"), null);
            yield return (w.T("name.withId", ("name", w.T("name.noClearProfile")), ("id", p.Id)), null);
            yield break;
        }

        var matched = ranked.Select(t => (Trait: t, Entry: vocabulary.Match(t)!)).Where(m => m.Entry is not null && allowed(m)).ToArray();
        var adjectives = matched.Where(m => m.Entry.IsAdjective).ToArray();
        var nouns = matched.Where(m => !m.Entry.IsAdjective).ToArray();
        var baseNames = new List<(string Name, List<Trait> Traits)>();
        foreach (var a in adjectives)
        {
            foreach (var n in nouns.Where(n => n.Trait.Feature != a.Trait.Feature))
            {
                baseNames.Add((w.T("name.adjectiveNoun", ("adjective", a.Entry.Words), ("noun", LowerFirst(n.Entry.Words))), [a.Trait, n.Trait]));
            }
        }

        foreach (var m in nouns.Concat(adjectives).OrderBy(m => Array.IndexOf(ranked, m.Trait)))
        {
            baseNames.Add((m.Entry.IsAdjective ? w.T("name.adjectiveCustomers", ("adjective", m.Entry.Words)) : m.Entry.Words, [m.Trait]));
        }

        var generic = UpperFirst(Phrase(ranked[0], w));
        var genericTraits = new List<Trait> { ranked[0] };
        var second = ranked.FirstOrDefault(t => t.Feature != ranked[0].Feature);
        if (second is not null)
        {
            generic = w.T("name.join", ("first", generic), ("second", Phrase(second, w)));
            genericTraits.Add(second);
        }

        baseNames.Add((generic, genericTraits));
        foreach (var other in ranked.Skip(1).Where(t => t.Feature != ranked[0].Feature).Take(3))
        {
            baseNames.Add((w.T("name.join", ("first", UpperFirst(Phrase(other, w))), ("second", Phrase(ranked[0], w))), [other, ranked[0]]));
        }

        foreach (var (baseName, usedTraits) in baseNames.DistinctBy(b => b.Name, StringComparer.OrdinalIgnoreCase))
        {
            yield return (baseName, usedTraits[0]);
            var name = baseName;
            foreach (var t in ranked.Where(t => !usedTraits.Contains(t) && !usedTraits.Any(u => u.Feature == t.Feature)).Take(2))
            {
                name = w.T("name.join", ("first", name), ("second", Phrase(t, w)));
                yield return (name, usedTraits[0]);
            }
        }

        yield return (w.T("name.withId", ("name", baseNames[0].Name), ("id", p.Id)), null);
    }

    /// <summary>
    /// A phrase about who they are, from the top traits in the dictionary's words: adjectives for numbers the dictionary has
    /// words for ("young"), "who ..." for levels they hold more often ("who live alone"), "with ..." for other numbers ("with
    /// a higher discount share"): "Young customers who live alone, with a higher discount share".
    /// </summary>
    private static string Tagline(Persona p, Func<Trait, bool> nameable, Wording w)
    {
        if (!p.IsDetailed)
        {
            return w.T("tagline.small", ("count", w.Count(p.Size)));
        }

        var top = p.Traits.Where(nameable).OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).Take(3).ToArray();
        if (top.Length == 0)
        {
            return w.T("tagline.noClearProfile");
        }

        var adjectives = new List<string>();
        var who = new List<string>();
        var with = new List<string>();

        // "who have genre Female" already says "less often genre Male": the other levels of a column they hold are left out.
        var held = top.Where(t => t.Kind != TraitKind.Numeric && t.Direction == TraitDirection.Higher).Select(t => t.Feature).ToHashSet(StringComparer.Ordinal);
        foreach (var t in top)
        {
            if (t.Kind == TraitKind.Numeric)
            {
                if (w.Labels.Describe(t.Feature, t.Direction == TraitDirection.Higher, w.Language) is { } word)
                {
                    adjectives.Add(word);
                }
                else
                {
                    var countLike = IsCountLike(t.Feature);
                    var key = t.Direction == TraitDirection.Higher ? (countLike ? "with.more" : "with.higher") : (countLike ? "with.fewer" : "with.lower");
                    with.Add(w.T(key, ("label", Label(t.Feature, w))));
                }
            }
            else if (t.Direction == TraitDirection.Higher)
            {
                who.Add(w.LevelPhrase(t.Feature, t.Level ?? "yes"));
            }
            else if (!held.Contains(t.Feature))
            {
                with.Add(t.Level is null or "yes" && w.Labels.LevelLabel(t.Feature, "yes", w.Language) is null
                    ? w.T("with.notYes", ("column", w.Label(t.Feature)))
                    : w.T("with.notLevel", ("column", w.Label(t.Feature)), ("level", w.Labels.LevelLabel(t.Feature, t.Level ?? "yes", w.Language) ?? t.Level ?? "yes")));
            }
        }

        var text = adjectives.Count == 0 ? w.T("tagline.customers") : w.T("tagline.adjectives", ("adjectives", string.Join(", ", adjectives)));
        if (who.Count > 0)
        {
            text = w.T("tagline.who", ("start", text), ("phrases", w.List(who)));
        }

        if (with.Count > 0)
        {
            text = w.T("tagline.with", ("start", text), ("items", w.List(with)));
        }

        return UpperFirst(text) + ".";
    }

    private static bool IsCountLike(string feature) => NameTokens.Split(feature).Any(w => CountWords.Contains(w));

    /// <summary>A column's label for names: the dictionary's, else the readable name without a code prefix ("Num", "Mnt").</summary>
    private static string Label(string feature, Wording w)
    {
        var label = w.Label(feature);
        if (w.Labels.Find(feature) is not null)
        {
            return label;
        }

        foreach (var prefix in CodePrefixes)
        {
            if (label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && label.Length > prefix.Length)
            {
                return label[prefix.Length..];
            }
        }

        return label;
    }

    /// <summary>A short generic phrase for a trait, for example <c>higher income</c>, <c>older</c> (the dictionary's word) or <c>more often live alone</c>.</summary>
    internal static string Phrase(Trait t, Wording? words = null)
    {
        var w = words ?? Wording.Default;
        if (t.Kind == TraitKind.Numeric)
        {
            if (w.Labels.Describe(t.Feature, t.Direction == TraitDirection.Higher, w.Language) is { } word)
            {
                return word;
            }

            var countLike = IsCountLike(t.Feature);
            var key = t.Direction == TraitDirection.Higher ? (countLike ? "name.more" : "name.higher") : (countLike ? "name.fewer" : "name.lower");
            return w.T(key, ("label", Label(t.Feature, w)));
        }

        var level = t.Level ?? "yes";
        var phrase = w.Labels.LevelLabel(t.Feature, level, w.Language)
            ?? (level == "yes" ? w.Label(t.Feature) : w.T("with.level", ("column", w.Label(t.Feature)), ("level", level)));
        return w.T(t.Direction == TraitDirection.Higher ? "name.moreOften" : "name.lessOften", ("phrase", phrase));
    }

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string UpperFirst(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
