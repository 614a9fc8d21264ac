using System.Collections.Frozen;
using System.Text;

namespace Personas.Words;

/// <summary>
/// Every text Personas writes on cards, reports, charts, names, taglines and narratives, one set per language
/// (<see cref="English"/>, <see cref="Finnish"/>), with named placeholders such as <c>{count}</c>. A test keeps the sets
/// equal: every English template has a Finnish counterpart with the same placeholders.
/// </summary>
internal static partial class Templates
{
    /// <summary>The templates of a language.</summary>
    public static FrozenDictionary<string, string> For(ReportLanguage language) => language == ReportLanguage.Finnish ? Finnish : English;

    /// <summary>The template <paramref name="key"/> in <paramref name="language"/> with its placeholders filled.</summary>
    /// <exception cref="KeyNotFoundException">No such template (a programming error).</exception>
    public static string Format(ReportLanguage language, string key, params (string Name, string Value)[] args)
    {
        if (!For(language).TryGetValue(key, out var template))
        {
            throw new KeyNotFoundException($"No template '{key}' for {language}.");
        }

        return Fill(template, args);
    }

    /// <summary>The placeholders of a template, in order of appearance.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        for (var i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var end = template.IndexOf('}', i);
            if (end > i)
            {
                yield return template[(i + 1)..end];
            }
        }
    }

    private static string Fill(string template, (string Name, string Value)[] args)
    {
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            var found = false;
            foreach (var (n, v) in args)
            {
                if (n == name)
                {
                    sb.Append(v);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new ArgumentException($"Template placeholder '{{{name}}}' has no value.", nameof(args));
            }

            i = close + 1;
        }

        return sb.ToString();
    }
}
