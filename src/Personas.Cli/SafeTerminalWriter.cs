using System.Globalization;
using System.Text;

namespace Personas.Cli;

/// <summary>
/// A writer for the terminal that neutralises control characters coming from the data (an ANSI escape in a persona
/// name, column or category must not reach the terminal raw): every C0/C1 control character except line feed and tab,
/// DEL, and the Unicode bidirectional overrides are written as visible escapes such as <c>\x1B</c> or <c>\u202E</c>.
/// </summary>
internal sealed class SafeTerminalWriter(TextWriter inner) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;

    /// <summary>The text with control characters made visible.</summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var sb = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 8);
                sb.Append(Escape(c));
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            inner.Write(Escape(value));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => inner.Write(Neutralise(value));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => inner.Write(Neutralise(value) + "\n");

    /// <inheritdoc/>
    public override void WriteLine() => inner.Write('\n');

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static string Escape(char c) => c <= 0xFF
        ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture)
        : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
