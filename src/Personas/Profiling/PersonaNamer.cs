using System.Globalization;

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
        foreach (var p in set.Personas)
        {
            var candidates = Candidates(p, vocabulary, t => Nameable(t, excluded), e => ValueWordsAllowed(e, values) && MostHoldIt(e.Trait)).ToList();

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

            named.Add(p with { Name = name, Tagline = Tagline(p, t => Nameable(t, excluded)) });
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
    private static IEnumerable<(string Name, Trait? Head)> Candidates(Persona p, NameVocabulary vocabulary, Func<Trait, bool> nameable, Func<(Trait Trait, VocabularyEntry Entry), bool> allowed)
    {
        if (!p.IsDetailed)
        {
            yield return ("Small group", null);
            yield return ($"Small group ({p.Id})", null);
            yield break;
        }

        var ranked = p.Traits.Where(nameable).OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal).ToArray();
        if (ranked.Length == 0)
        {
            yield return ("Typical customers", null);
            yield return ($"Typical customers ({p.Id})", null);
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
                baseNames.Add(($"{a.Entry.Words} {LowerFirst(n.Entry.Words)}", [a.Trait, n.Trait]));
            }
        }

        foreach (var m in nouns.Concat(adjectives).OrderBy(m => Array.IndexOf(ranked, m.Trait)))
        {
            baseNames.Add((m.Entry.IsAdjective ? m.Entry.Words + " customers" : m.Entry.Words, [m.Trait]));
        }

        var generic = UpperFirst(Phrase(ranked[0]));
        var genericTraits = new List<Trait> { ranked[0] };
        var second = ranked.FirstOrDefault(t => t.Feature != ranked[0].Feature);
        if (second is not null)
        {
            generic += ", " + Phrase(second);
            genericTraits.Add(second);
        }

        baseNames.Add((generic, genericTraits));
        foreach (var other in ranked.Skip(1).Where(t => t.Feature != ranked[0].Feature).Take(3))
        {
            baseNames.Add((UpperFirst(Phrase(other)) + ", " + Phrase(ranked[0]), [other, ranked[0]]));
        }

        foreach (var (baseName, usedTraits) in baseNames.DistinctBy(b => b.Name, StringComparer.OrdinalIgnoreCase))
        {
            yield return (baseName, usedTraits[0]);
            var name = baseName;
            foreach (var t in ranked.Where(t => !usedTraits.Contains(t) && !usedTraits.Any(u => u.Feature == t.Feature)).Take(2))
            {
                name += ", " + Phrase(t);
                yield return (name, usedTraits[0]);
            }
        }

        yield return ($"{baseNames[0].Name} ({p.Id})", null);
    }

    private static string Tagline(Persona p, Func<Trait, bool> nameable)
    {
        if (!p.IsDetailed)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{p.Size} customers: too few to describe in detail.");
        }

        var top = p.Traits.Where(nameable).OrderByDescending(t => Math.Abs(t.EffectSize)).Take(3).Select(Phrase).ToArray();
        if (top.Length == 0)
        {
            return "Close to the average customer on every feature.";
        }

        var list = top.Length == 1 ? top[0] : string.Join(", ", top[..^1]) + " and " + top[^1];
        var share = string.Create(CultureInfo.InvariantCulture, $"{p.Share * 100:0.#}% of customers");
        return $"{share}: {list} than the rest.";
    }

    /// <summary>A short generic phrase for a trait, for example <c>higher income</c> or <c>more preferred channel store</c>.</summary>
    internal static string Phrase(Trait t)
    {
        var feature = NameTokens.Human(t.Feature);
        if (t.Kind == TraitKind.Numeric)
        {
            foreach (var prefix in CodePrefixes)
            {
                if (feature.StartsWith(prefix, StringComparison.Ordinal) && feature.Length > prefix.Length)
                {
                    feature = feature[prefix.Length..];
                    break;
                }
            }

            var countLike = NameTokens.Split(t.Feature).Any(w => CountWords.Contains(w));
            return (t.Direction == TraitDirection.Higher ? (countLike ? "more " : "higher ") : (countLike ? "fewer " : "lower ")) + feature;
        }

        if (t.Level == "yes")
        {
            return (t.Direction == TraitDirection.Higher ? "more often " : "less often ") + feature;
        }

        return (t.Direction == TraitDirection.Higher ? "more often " : "less often ") + $"{feature} {t.Level}";
    }

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string UpperFirst(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
