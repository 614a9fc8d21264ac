using System.Text;
using System.Text.RegularExpressions;

namespace Personas.Notebooks;

/// <summary>
/// A small, safe Markdown renderer for notebook markdown cells: headings, paragraphs, emphasis, inline code,
/// fenced code, bullet and numbered lists, block quotes, rules, links and pipe tables. Every piece of text is
/// HTML-escaped (raw HTML in markdown is shown as text, never inserted) and link targets are restricted to
/// http(s), mailto, fragments and relative paths.
/// </summary>
internal static partial class MarkdownRenderer
{
    public static string ToHtml(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var html = new StringBuilder();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                i++;
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var fence = trimmed[..3];
                var code = new StringBuilder();
                for (i++; i < lines.Length && !lines[i].Trim().StartsWith(fence, StringComparison.Ordinal); i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                i++;
                html.Append("<pre><code>").Append(HtmlText.Escape(code.ToString())).Append("</code></pre>\n");
            }
            else if (Heading().Match(trimmed) is { Success: true } h)
            {
                var level = h.Groups[1].Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(h.Groups[2].Value.TrimEnd('#', ' '))).Append("</h").Append(level).Append(">\n");
                i++;
            }
            else if (Rule().IsMatch(trimmed))
            {
                html.Append("<hr>\n");
                i++;
            }
            else if (trimmed.StartsWith('>'))
            {
                var quote = new StringBuilder();
                for (; i < lines.Length && lines[i].Trim().StartsWith('>'); i++)
                {
                    quote.Append(lines[i].Trim()[1..].TrimStart()).Append('\n');
                }

                html.Append("<blockquote>\n").Append(ToHtml(quote.ToString())).Append("</blockquote>\n");
            }
            else if (ListItem().Match(line) is { Success: true } first)
            {
                var ordered = char.IsDigit(first.Groups[2].Value[0]);
                html.Append(ordered ? "<ol>\n" : "<ul>\n");
                for (; i < lines.Length && ListItem().Match(lines[i]) is { Success: true } item && char.IsDigit(item.Groups[2].Value[0]) == ordered; i++)
                {
                    var text = new StringBuilder(item.Groups[3].Value);
                    while (i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && !ListItem().IsMatch(lines[i + 1]))
                    {
                        text.Append(' ').Append(lines[++i].Trim());
                    }

                    html.Append("<li>").Append(Inline(text.ToString())).Append("</li>\n");
                }

                html.Append(ordered ? "</ol>\n" : "</ul>\n");
            }
            else if (i + 1 < lines.Length && trimmed.Contains('|', StringComparison.Ordinal) && TableDivider().IsMatch(lines[i + 1].Trim()))
            {
                html.Append("<table>\n<thead><tr>");
                foreach (var cell in Cells(trimmed))
                {
                    html.Append("<th>").Append(Inline(cell)).Append("</th>");
                }

                html.Append("</tr></thead>\n<tbody>\n");
                for (i += 2; i < lines.Length && lines[i].Trim().Contains('|', StringComparison.Ordinal); i++)
                {
                    html.Append("<tr>");
                    foreach (var cell in Cells(lines[i].Trim()))
                    {
                        html.Append("<td>").Append(Inline(cell)).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }
            else
            {
                // Trailing spaces are kept until the inline pass: two of them before a line break make a hard break.
                var paragraph = new StringBuilder(line.TrimStart());
                for (i++; i < lines.Length && IsParagraphContinuation(lines[i]); i++)
                {
                    paragraph.Append('\n').Append(lines[i].TrimStart());
                }

                html.Append("<p>").Append(Inline(paragraph.ToString().TrimEnd())).Append("</p>\n");
            }
        }

        return html.ToString();
    }

    /// <summary>Inline markup: code spans first (their content is literal), then escaping, then links and emphasis on the escaped text.</summary>
    internal static string Inline(string text)
    {
        var sb = new StringBuilder();
        var parts = text.Split('`');
        for (var k = 0; k < parts.Length; k++)
        {
            if (k % 2 == 1 && k < parts.Length - 1)
            {
                sb.Append("<code>").Append(HtmlText.Escape(parts[k])).Append("</code>");
                continue;
            }

            if (k % 2 == 1)
            {
                sb.Append('`');
            }

            sb.Append(Emphasis(parts[k]));
        }

        // A line break inside a paragraph is soft (it reads as a space), as in CommonMark and Jupyter; two trailing
        // spaces or a backslash make it hard.
        return HardBreak().Replace(sb.ToString(), "<br>\n");
    }

    private static string Emphasis(string text)
    {
        // Links are found on the raw text so that the URL can be checked before it is escaped.
        var sb = new StringBuilder();
        var last = 0;
        foreach (Match m in Link().Matches(text))
        {
            sb.Append(Styles(HtmlText.Escape(text[last..m.Index])));
            sb.Append("<a href=\"").Append(HtmlText.SafeUrl(m.Groups[2].Value)).Append("\">").Append(Styles(HtmlText.Escape(m.Groups[1].Value))).Append("</a>");
            last = m.Index + m.Length;
        }

        sb.Append(Styles(HtmlText.Escape(text[last..])));
        return sb.ToString();
    }

    private static string Styles(string escaped)
    {
        var s = Strong().Replace(escaped, "<strong>$1</strong>");
        s = UnderscoreStrong().Replace(s, "<strong>$1</strong>");
        s = Em().Replace(s, "<em>$1</em>");
        return UnderscoreEm().Replace(s, "<em>$1</em>");
    }

    private static bool IsParagraphContinuation(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && !t.StartsWith('#') && !t.StartsWith('>') && !t.StartsWith("```", StringComparison.Ordinal)
            && !t.StartsWith("~~~", StringComparison.Ordinal) && !ListItem().IsMatch(line) && !Rule().IsMatch(t);
    }

    private static IEnumerable<string> Cells(string row)
    {
        var r = row.Trim();
        if (r.StartsWith('|'))
        {
            r = r[1..];
        }

        if (r.EndsWith('|'))
        {
            r = r[..^1];
        }

        return r.Split('|').Select(c => c.Trim());
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([-*_])(\s*\1){2,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(\s{0,3})([-*+]|\d{1,9}[.)])\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?$")]
    private static partial Regex TableDivider();

    [GeneratedRegex(@"!?\[([^\]]*)\]\(([^()\s]*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?: {2,}|\\)\n")]
    private static partial Regex HardBreak();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*", RegexOptions.Singleline)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![A-Za-z0-9])__(?=\S)(.+?)(?<=\S)__(?![A-Za-z0-9])", RegexOptions.Singleline)]
    private static partial Regex UnderscoreStrong();

    [GeneratedRegex(@"\*(?=\S)(.+?)(?<=\S)\*", RegexOptions.Singleline)]
    private static partial Regex Em();

    [GeneratedRegex(@"(?<![A-Za-z0-9])_(?=\S)(.+?)(?<=\S)_(?![A-Za-z0-9])", RegexOptions.Singleline)]
    private static partial Regex UnderscoreEm();
}
