namespace Personas.Data.Parsing;

/// <summary>The yes/no vocabularies a boolean column may use: yes/no, true/false, y/n, t/f and 0/1 (any case).</summary>
internal static class BoolWords
{
    /// <summary>A mask with every vocabulary.</summary>
    public const int All = 0b11111;

    private static readonly string[] Names = ["yes = 1, no = 0", "true = 1, false = 0", "y = 1, n = 0", "1 = 1, 0 = 0", "t = 1, f = 0"];

    /// <summary>The vocabularies a cell fits (a bit mask) and its value in them.</summary>
    public static int Classify(ReadOnlySpan<char> s, out bool value)
    {
        value = false;
        if (s.Length > 5)
        {
            return 0;
        }

        if (Is(s, "yes") || Is(s, "no"))
        {
            value = Is(s, "yes");
            return 1 << 0;
        }

        if (Is(s, "true") || Is(s, "false"))
        {
            value = Is(s, "true");
            return 1 << 1;
        }

        if (Is(s, "y") || Is(s, "n"))
        {
            value = Is(s, "y");
            return 1 << 2;
        }

        if (s is "0" || s is "1")
        {
            value = s is "1";
            return 1 << 3;
        }

        if (Is(s, "t") || Is(s, "f"))
        {
            value = Is(s, "t");
            return 1 << 4;
        }

        return 0;
    }

    /// <summary>The mapping of the first vocabulary in a mask, like <c>yes = 1, no = 0</c>.</summary>
    public static string Describe(int mask)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                return Names[i];
            }
        }

        return Names[0];
    }

    private static bool Is(ReadOnlySpan<char> s, string word) => s.Equals(word, StringComparison.OrdinalIgnoreCase);
}
