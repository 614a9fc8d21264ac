using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Personas.Charts;

/// <summary>Extends a page's Content-Security-Policy meta tag so that given inline scripts (and only those) may run.</summary>
internal static partial class ContentSecurity
{
    /// <summary>Adds the SHA-256 hash of every inline script of <paramref name="fragment"/> to the <c>script-src</c> of
    /// <paramref name="page"/>'s CSP meta tag, plus <c>img-src data: blob:</c>; a page without a CSP meta tag is returned as is.</summary>
    public static string AllowInlineScripts(string page, string fragment)
    {
        var meta = CspMeta().Match(page);
        if (!meta.Success)
        {
            return page;
        }

        var hashes = InlineScript().Matches(fragment)
            .Select(m => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))) + "'")
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var directives = meta.Groups["content"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        Extend(directives, "script-src", hashes);
        Extend(directives, "img-src", ["data:", "blob:"]);
        var content = string.Join("; ", directives);
        var replaced = meta.Value.Replace(meta.Groups["content"].Value, content, StringComparison.Ordinal);
        return string.Concat(page.AsSpan(0, meta.Index), replaced, page.AsSpan(meta.Index + meta.Length));
    }

    private static void Extend(List<string> directives, string name, IEnumerable<string> sources)
    {
        var i = directives.FindIndex(d => d.Split(' ')[0].Equals(name, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            directives.Add(name + " " + string.Join(' ', sources));
            return;
        }

        var existing = directives[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        existing.Remove("'none'");
        existing.AddRange(sources.Where(s => !existing.Contains(s)));
        directives[i] = string.Join(' ', existing);
    }

    [GeneratedRegex("<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\"(?<content>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex CspMeta();

    [GeneratedRegex("<script\\b[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
