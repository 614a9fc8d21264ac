using System.Text;

namespace Personas.Data;

/// <summary>Splits column names like <c>NumWebVisitsMonth</c>, <c>days_since_last_order</c> or <c>AcceptedCmp3</c> into lower-case words (letters and digits apart).</summary>
internal static class ColumnWords
{
    /// <summary>The lower-case words of a name.</summary>
    public static string[] Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (!char.IsLetterOrDigit(ch))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var prev = text[i - 1];
                var boundary = (char.IsLower(prev) && char.IsUpper(ch))
                    || (char.IsLetter(prev) != char.IsLetter(ch))
                    || (char.IsUpper(prev) && char.IsUpper(ch) && i + 1 < text.Length && char.IsLower(text[i + 1]));
                if (boundary)
                {
                    Flush();
                }
            }

            current.Append(char.ToLowerInvariant(ch));
        }

        Flush();
        return words.ToArray();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
