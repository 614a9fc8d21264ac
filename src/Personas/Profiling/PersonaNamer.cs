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

    internal static PersonaSet Name(PersonaSet set, NameVocabulary vocabulary, IReadOnlyDictionary<string, PersonaOverride>? overrides)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (overrides is not null)
        {
            foreach (var p in set.Personas)
            {
                if (overrides.TryGetValue(p.Id, out var o) && o.Name is not null)
                {
                    used.Add(o.Name.Trim());
                }
            }
        }

        var named = new List<Persona>();
        foreach (var p in set.Personas)
        {
            var name = Candidates(p, vocabulary).FirstOrDefault(c => !used.Contains(c));
            for (var i = 2; name is null; i++)
            {
                var candidate = string.Create(CultureInfo.InvariantCulture, $"Persona {p.Id} ({i})");
                name = used.Contains(candidate) ? null : candidate;
            }

            used.Add(name);
            named.Add(p with { Name = name, Tagline = Tagline(p, set) });
        }

        var result = set with { Personas = named };
        return overrides is null ? result : result.WithOverrides(overrides);
    }

    /// <summary>The candidate names, best first; the last one always contains the id and is therefore unique.</summary>
    private static IEnumerable<string> Candidates(Persona p, NameVocabulary vocabulary)
    {
        if (!p.IsDetailed)
        {
            yield return "Small group";
            yield return $"Small group ({p.Id})";
            yield break;
        }

        var ranked = p.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).ThenBy(t => t.Feature, StringComparer.Ordinal).ThenBy(t => t.Level, StringComparer.Ordinal).ToArray();
        if (ranked.Length == 0)
        {
            yield return "Typical customers";
            yield return $"Typical customers ({p.Id})";
            yield break;
        }

        var matched = ranked.Select(t => (Trait: t, Entry: vocabulary.Match(t))).ToArray();
        var adjective = matched.FirstOrDefault(m => m.Entry is { IsAdjective: true });
        var noun = matched.FirstOrDefault(m => m.Entry is { IsAdjective: false });
        string baseName;
        var usedTraits = new List<Trait>();
        if (adjective.Entry is not null && noun.Entry is not null)
        {
            baseName = $"{adjective.Entry.Words} {LowerFirst(noun.Entry.Words)}";
            usedTraits.Add(adjective.Trait);
            usedTraits.Add(noun.Trait);
        }
        else if (noun.Entry is not null || adjective.Entry is not null)
        {
            var only = noun.Entry is not null ? noun : adjective;
            baseName = only.Entry!.IsAdjective ? only.Entry.Words + " customers" : only.Entry.Words;
            usedTraits.Add(only.Trait);
        }
        else
        {
            baseName = UpperFirst(Phrase(ranked[0]));
            usedTraits.Add(ranked[0]);
            var second = ranked.FirstOrDefault(t => t.Feature != ranked[0].Feature);
            if (second is not null)
            {
                baseName += ", " + Phrase(second);
                usedTraits.Add(second);
            }
        }

        yield return baseName;
        var name = baseName;
        foreach (var t in ranked.Where(t => !usedTraits.Contains(t) && !usedTraits.Any(u => u.Feature == t.Feature)).Take(2))
        {
            name += ", " + Phrase(t);
            yield return name;
        }

        yield return $"{baseName} ({p.Id})";
    }

    private static string Tagline(Persona p, PersonaSet set)
    {
        if (!p.IsDetailed)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{p.Size} customers: too few to describe in detail.");
        }

        var top = p.Traits.OrderByDescending(t => Math.Abs(t.EffectSize)).Take(3).Select(Phrase).ToArray();
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
