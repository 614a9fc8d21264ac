using System.Net;

namespace Personas.Notebooks;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class HtmlText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A link target that is safe to put in <c>href</c>: http(s), mailto, fragment or relative; anything else (javascript:, data:...) becomes <c>#</c>.</summary>
    public static string SafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (hasScheme)
        {
            var scheme = trimmed[..colon].ToLowerInvariant();
            if (scheme is not ("http" or "https" or "mailto"))
            {
                return "#";
            }
        }

        return Escape(trimmed);
    }
}
