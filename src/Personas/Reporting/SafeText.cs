using System.Globalization;
using System.Net;
using System.Text;

namespace Personas.Reporting;

/// <summary>
/// Makes text from the data safe for each output: HTML, Markdown, CSV cells (spreadsheet formulas neutralised) and
/// file names built from persona names (cannot leave the output folder).
/// </summary>
internal static class SafeText
{
    private const string MarkdownSpecials = "\\`*_[]#|<>~&";

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$",
    };

    /// <summary>Encodes text for HTML element content and attribute values (<c>&lt; &gt; &amp; " '</c>).</summary>
    /// <param name="text">The text, or null for an empty string.</param>
    /// <returns>The encoded text.</returns>
    public static string HtmlEncode(string? text) => WebUtility.HtmlEncode(StripControls(text ?? string.Empty));

    /// <summary>
    /// Escapes text for Markdown (CommonMark and GitHub tables): characters that can start emphasis, code, links,
    /// raw HTML, entities or table cells get a backslash, a leading list or heading marker is escaped, and line breaks
    /// become spaces so the text stays in its line or table cell.
    /// </summary>
    /// <param name="text">The text, or null for an empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string MarkdownEscape(string? text)
    {
        var b = new StringBuilder();
        var clean = StripControls(text ?? string.Empty);
        var digits = 0;
        while (digits < clean.Length && char.IsAsciiDigit(clean[digits]))
        {
            digits++;
        }

        var markerAt = clean.Length > 0 && clean[0] is '-' or '+' or '=' ? 0
            : digits > 0 && digits < clean.Length && clean[digits] is '.' or ')' && (digits + 1 == clean.Length || clean[digits + 1] == ' ') ? digits : -1;
        for (var i = 0; i < clean.Length; i++)
        {
            var ch = clean[i];
            if (i == markerAt)
            {
                b.Append('\\');
            }

            if (ch is '\r' or '\n')
            {
                b.Append(' ');
            }
            else
            {
                if (MarkdownSpecials.Contains(ch, StringComparison.Ordinal))
                {
                    b.Append('\\');
                }

                b.Append(ch);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// One CSV cell of text: a value starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// (after any apostrophes) is prefixed with <c>'</c> so a spreadsheet does not run it as a formula (OWASP "CSV
    /// injection"); then the value is quoted (RFC 4180) when it holds a comma, quote or line break. Use it for text; write
    /// numbers directly. <see cref="FromCsvCell"/> undoes the prefix exactly, so the project reads its own files back.
    /// </summary>
    /// <param name="text">The text, or null for an empty cell.</param>
    /// <returns>The cell, ready to join with commas.</returns>
    public static string CsvCell(string? text)
    {
        var value = text ?? string.Empty;
        if (NeedsFormulaGuard(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The original text of a cell <see cref="CsvCell"/> wrote (after CSV unquoting): one guarding apostrophe is removed.</summary>
    /// <param name="cell">The unquoted cell text.</param>
    /// <returns>The text as it was before writing.</returns>
    public static string FromCsvCell(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && NeedsFormulaGuard(cell.AsSpan(1)) ? cell[1..] : cell;

    // Starts with a formula character, possibly after apostrophes (so that "'=x" is written as "''=x" and reads back).
    private static bool NeedsFormulaGuard(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyExcept('\'');
        return i >= 0 && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>
    /// A file name (without extension) built from a persona name that cannot leave its folder: letters and digits are
    /// kept, everything else (separators, dots, control and direction characters) becomes <c>-</c>; reserved device
    /// names get a <c>_</c> prefix; the result is at most 60 characters and never empty (<c>persona</c>).
    /// </summary>
    /// <param name="personaName">The persona name.</param>
    /// <returns>The safe file name, for example <c>High-income-wine-lovers</c>.</returns>
    public static string SafeFileName(string? personaName)
    {
        var b = new StringBuilder();
        foreach (var ch in (personaName ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            var ok = char.IsLetterOrDigit(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.Format;
            if (ok)
            {
                b.Append(ch);
            }
            else if (b.Length > 0 && b[^1] != '-')
            {
                b.Append('-');
            }

            if (b.Length >= 60)
            {
                break;
            }
        }

        var name = b.ToString().Trim('-');
        if (name.Length == 0)
        {
            return "persona";
        }

        return ReservedNames.Contains(name) ? "_" + name : name;
    }

    private static string StripControls(string text)
    {
        var clean = true;
        foreach (var ch in text)
        {
            if (IsHidden(ch))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var b = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!IsHidden(ch))
            {
                b.Append(ch);
            }
        }

        return b.ToString();
    }

    // Control characters (except line breaks and tab) and bidirectional overrides (U+202A..U+202E, U+2066..U+2069)
    // can hide or reorder text in a report.
    private static bool IsHidden(char ch) =>
        (char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')) || ch is >= '\u202A' and <= '\u202E' || ch is >= '\u2066' and <= '\u2069';
}
