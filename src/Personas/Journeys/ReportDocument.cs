using System.Text;
using Personas.Reporting;

namespace Personas.Journeys;

/// <summary>
/// A small report made of headings, paragraphs, bullet lists and tables, rendered to Markdown or to a self-contained
/// HTML page (the persona cards' style; a Content-Security-Policy that allows no script until charts are inserted).
/// One content, two renderings: the Markdown and HTML reports say the same thing. Every text is escaped on output.
/// </summary>
internal sealed class ReportDocument(string title, string lead)
{
    private readonly List<Block> _blocks = [];
    private readonly List<(string Term, string Text)> _notes = [];

    public ReportDocument Heading(string text, int level = 2) => Add(new HeadingBlock(level, text));

    public ReportDocument Paragraph(string text) => Add(new ParagraphBlock(text));

    public ReportDocument Bullets(IEnumerable<string> items) => Add(new BulletBlock([.. items]));

    /// <summary>A table; columns after the first are numbers (right-aligned) unless <paramref name="textColumns"/> says otherwise.</summary>
    public ReportDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int textColumns = 1) =>
        Add(new TableBlock([.. headers], [.. rows], textColumns));

    /// <summary>A line of the page's closing "How this was made" list.</summary>
    public ReportDocument Note(string term, string text)
    {
        _notes.Add((term, text));
        return this;
    }

    public string ToMarkdown()
    {
        var b = new StringBuilder();
        b.Append("# ").Append(SafeText.MarkdownEscape(title)).Append("\n\n").Append(SafeText.MarkdownEscape(lead)).Append("\n\n");
        foreach (var block in _blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    b.Append('#', h.Level).Append(' ').Append(SafeText.MarkdownEscape(h.Text)).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    b.Append(SafeText.MarkdownEscape(p.Text)).Append("\n\n");
                    break;
                case BulletBlock l:
                    foreach (var item in l.Items)
                    {
                        b.Append("- ").Append(SafeText.MarkdownEscape(item)).Append('\n');
                    }

                    b.Append('\n');
                    break;
                case TableBlock t:
                    b.Append("| ").AppendJoin(" | ", t.Headers.Select(SafeText.MarkdownEscape)).Append(" |\n|");
                    for (var c = 0; c < t.Headers.Length; c++)
                    {
                        b.Append(c < t.TextColumns ? " --- |" : " ---: |");
                    }

                    b.Append('\n');
                    foreach (var row in t.Rows)
                    {
                        b.Append("| ").AppendJoin(" | ", row.Select(SafeText.MarkdownEscape)).Append(" |\n");
                    }

                    b.Append('\n');
                    break;
            }
        }

        if (_notes.Count > 0)
        {
            b.Append("## How this was made\n\n");
            foreach (var (term, text) in _notes)
            {
                b.Append("- **").Append(SafeText.MarkdownEscape(term)).Append("**: ").Append(SafeText.MarkdownEscape(text)).Append('\n');
            }
        }

        return b.ToString().TrimEnd('\n') + "\n";
    }

    public string ToHtml()
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        b.Append("<header class=\"page\"><h1>").Append(E(title)).Append("</h1><p class=\"lead\">").Append(E(lead)).Append("</p></header>\n");
        var open = false;
        foreach (var block in _blocks)
        {
            if (block is HeadingBlock { Level: 2 })
            {
                b.Append(open ? "</section>\n" : string.Empty).Append("<section class=\"summary\">");
                open = true;
            }

            switch (block)
            {
                case HeadingBlock h:
                    b.Append("<h").Append(h.Level).Append('>').Append(E(h.Text)).Append("</h").Append(h.Level).Append(">\n");
                    break;
                case ParagraphBlock p:
                    b.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case BulletBlock l:
                    b.Append("<ul class=\"narrative\">").AppendJoin(string.Empty, l.Items.Select(i => "<li>" + E(i) + "</li>")).Append("</ul>\n");
                    break;
                case TableBlock t:
                    b.Append("<table><thead><tr>").AppendJoin(string.Empty, t.Headers.Select((h, c) => Cell("th", h, c >= t.TextColumns))).Append("</tr></thead><tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        b.Append("<tr>").AppendJoin(string.Empty, row.Select((v, c) => Cell("td", v, c >= t.TextColumns))).Append("</tr>\n");
                    }

                    b.Append("</tbody></table>\n");
                    break;
            }
        }

        b.Append(open ? "</section>\n" : string.Empty);
        if (_notes.Count > 0)
        {
            b.Append("<footer><h2>How this was made</h2><dl>\n");
            foreach (var (term, text) in _notes)
            {
                b.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(text)).Append("</dd>\n");
            }

            b.Append("</dl></footer>\n");
        }

        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static string E(string text) => SafeText.HtmlEncode(text);

    private static string Cell(string tag, string text, bool numeric) =>
        "<" + tag + (numeric ? " class=\"num\"" : string.Empty) + ">" + E(text) + "</" + tag + ">";

    private ReportDocument Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    private abstract record Block;

    private sealed record HeadingBlock(int Level, string Text) : Block;

    private sealed record ParagraphBlock(string Text) : Block;

    private sealed record BulletBlock(string[] Items) : Block;

    private sealed record TableBlock(string[] Headers, IReadOnlyList<string>[] Rows, int TextColumns) : Block;
}
