using System.Text;

namespace Personas.Profiling;

/// <summary>Splits names like <c>NumWebVisitsMonth</c> or <c>days_since_last_order</c> into lower-case words.</summary>
internal static class NameTokens
{
    internal static string[] Split(string text) => Personas.Data.ColumnWords.Split(text);

    /// <summary>True when the pattern's words appear consecutively in the text's words, each a prefix of its counterpart.</summary>
    internal static bool Matches(string[] words, string[] pattern)
    {
        if (pattern.Length == 0)
        {
            return false;
        }

        for (var start = 0; start + pattern.Length <= words.Length; start++)
        {
            var ok = true;
            for (var j = 0; j < pattern.Length && ok; j++)
            {
                ok = words[start + j].StartsWith(pattern[j], StringComparison.Ordinal);
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words joined by spaces, for example <c>num web visits month</c>.</summary>
    internal static string Human(string name)
    {
        var b = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (ch is '_' or '-' or '.' || char.IsWhiteSpace(ch))
            {
                ch = ' ';
            }
            else if (i > 0 && char.IsUpper(ch) && char.IsLower(name[i - 1]))
            {
                b.Append(' ');
            }

            if (ch != ' ' || (b.Length > 0 && b[^1] != ' '))
            {
                b.Append(char.ToLowerInvariant(ch));
            }
        }

        var text = b.ToString().Trim();
        return text.Length == 0 ? name : text;
    }
}
