using Personas.Profiling;

namespace Personas.Reporting;

/// <summary>
/// Renders persona cards: per persona a header (name, tagline, size, share, value share), the traits with their
/// evidence ("more than average" and "less than average"), preferred channels, the narrative, confidence and
/// warnings, and a "how this was made" footer. Text from the data is escaped; no customer id or row is shown.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("cards.md", CardRenderer.ToMarkdown(set, info));
/// File.WriteAllText("report.html", CardRenderer.ToHtml(set, info));
/// </code>
/// </example>
public static class CardRenderer
{
    /// <summary>Renders the cards as Markdown (<c>cards.md</c>).</summary>
    /// <param name="set">The personas.</param>
    /// <param name="info">How they were made.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(PersonaSet set, ReportInfo info)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(info);
        return MarkdownCards.Render(set, info);
    }

    /// <summary>Renders the cards as one self-contained, offline HTML page (<c>report.html</c>): CSS only, no script, no external request.</summary>
    /// <param name="set">The personas.</param>
    /// <param name="info">How they were made.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(PersonaSet set, ReportInfo info)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(info);
        return HtmlCards.Render(set, info);
    }
}
