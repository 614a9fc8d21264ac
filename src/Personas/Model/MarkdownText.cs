using System.Text;

namespace Personas.Model;

/// <summary>Escapes text from the data for Markdown: HTML-significant characters become entities (so no tag survives) and Markdown punctuation is backslash-escaped; line breaks become spaces.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes one inline value (safe inside a table cell).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\r' or '\n': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~':
                    sb.Append('\\').Append(ch);
                    break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
