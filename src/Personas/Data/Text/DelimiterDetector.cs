namespace Personas.Data.Text;

/// <summary>Chooses the delimiter of a delimited text file from its first lines.</summary>
internal static class DelimiterDetector
{
    /// <summary>The delimiters tried, in order of preference on ties.</summary>
    public static readonly char[] Candidates = [',', '\t', ';', '|'];

    /// <summary>Picks the candidate that splits the header into the most fields and splits every sampled line consistently.</summary>
    /// <param name="lines">The first lines of the file (header first).</param>
    /// <returns>The delimiter, and why it was chosen.</returns>
    public static (char Delimiter, string Reason) Detect(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return (',', "empty input; comma assumed");
        }

        var best = ',';
        var bestScore = -1.0;
        foreach (var d in Candidates)
        {
            var headerCount = CountFields(lines[0], d);
            if (headerCount < 2)
            {
                continue;
            }

            var consistent = 0;
            var sampled = 0;
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                sampled++;
                if (CountFields(lines[i], d) == headerCount)
                {
                    consistent++;
                }
            }

            var score = headerCount * (sampled == 0 ? 1.0 : (double)consistent / sampled);
            if (score > bestScore)
            {
                best = d;
                bestScore = score;
            }
        }

        return bestScore < 0
            ? (',', "no delimiter splits the header; read as one column (comma assumed)")
            : (best, $"'{Name(best)}' splits the header into {CountFields(lines[0], best)} columns");
    }

    /// <summary>A printable name for a delimiter.</summary>
    public static string Name(char d) => d switch { '\t' => "tab", ',' => "comma", ';' => "semicolon", '|' => "pipe", _ => d.ToString() };

    private static int CountFields(string line, char d)
    {
        var n = 1;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == d && !inQuotes)
            {
                n++;
            }
        }

        return n;
    }
}
