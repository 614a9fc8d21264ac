using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>
/// Parses numbers from spans without allocating: invariant culture (or decimal comma), exact fast path for up to
/// 15 significant digits, <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/> otherwise.
/// </summary>
internal static class NumberParser
{
    private static readonly double[] Pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>True for a blank cell or a missing-value token: NA, N/A, NaN, null, None, ? (any case).</summary>
    public static bool IsMissing(ReadOnlySpan<char> cell)
    {
        var s = cell.Trim();
        if (s.Length == 0)
        {
            return true;
        }

        // Every token starts with N, n or ?: most cells are decided by their first character.
        if (s.Length > 4 || s[0] is not ('N' or 'n' or '?'))
        {
            return false;
        }

        return s is "?" || s.Equals("NA", StringComparison.OrdinalIgnoreCase) || s.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || s.Equals("NaN", StringComparison.OrdinalIgnoreCase) || s.Equals("null", StringComparison.OrdinalIgnoreCase)
            || s.Equals("None", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a number cell should have been, in words for an error message: a number, or (for a value that parses but
    /// does not fit) a number within a 32-bit float's range.</summary>
    /// <param name="cell">The cell text.</param>
    /// <param name="decimalComma">Whether numbers use a decimal comma.</param>
    /// <returns>The expectation, for "expected ..., found '...'".</returns>
    public static string Expected(ReadOnlySpan<char> cell, bool decimalComma) =>
        Parse(cell, decimalComma, out var v) == CellKind.NonFinite
            ? double.IsInfinity(v) && !cell.Trim().ContainsAny("eE0123456789")
                ? "a finite number (infinity is not a measurement)"
                : "a number; this one is out of range for a 32-bit float (max about 3.4e38)"
            : "a number";

    /// <summary>Classifies and parses a cell.</summary>
    /// <param name="cell">The cell text.</param>
    /// <param name="decimalComma">True to read <c>1 234,5</c> (comma decimal, space thousands) instead of <c>1234.5</c>.</param>
    /// <param name="value">The number when the result is <see cref="CellKind.Number"/>.</param>
    /// <returns>What the cell holds.</returns>
    public static CellKind Parse(ReadOnlySpan<char> cell, bool decimalComma, out double value)
    {
        value = double.NaN;
        var s = cell.Trim();
        if (IsMissing(s))
        {
            return CellKind.Missing;
        }

        if (decimalComma)
        {
            if (s.Length > 64)
            {
                return CellKind.Text;
            }

            Span<char> buffer = stackalloc char[64];
            var n = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c is ' ' or '\u00A0' or '\u202F')
                {
                    continue;
                }

                // A dot is only a thousands separator: exactly three digits must follow it, then a separator or the end.
                if (c == '.')
                {
                    if (!IsThousandsGroup(s, i))
                    {
                        return CellKind.Text;
                    }

                    continue;
                }

                buffer[n++] = c == ',' ? '.' : c;
            }

            return ParseInvariant(buffer[..n], out value);
        }

        return ParseInvariant(s, out value);
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> s, int dot)
    {
        if (dot == 0 || dot + 3 > s.Length - 1 || !char.IsAsciiDigit(s[dot - 1]) || s[..dot].Contains(','))
        {
            return false;
        }

        for (var k = 1; k <= 3; k++)
        {
            if (!char.IsAsciiDigit(s[dot + k]))
            {
                return false;
            }
        }

        return dot + 4 == s.Length || s[dot + 4] is '.' or ',';
    }

    private static CellKind ParseInvariant(ReadOnlySpan<char> s, out double value)
    {
        if (TryFast(s, out value))
        {
            return CellKind.Number;
        }

        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = double.NaN;
            return CellKind.Text;
        }

        if (double.IsNaN(value))
        {
            return CellKind.Missing;
        }

        return double.IsFinite(value) && Math.Abs(value) <= float.MaxValue ? CellKind.Number : CellKind.NonFinite;
    }

    // Clinger's fast path: a mantissa of at most 15 digits and a power of ten up to 22 give a correctly rounded double.
    private static bool TryFast(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var any = false;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            any = true;
            if (mantissa == 0 && s[i] == '0')
            {
                continue;
            }

            mantissa = (mantissa * 10) + (ulong)(s[i] - '0');
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                any = true;
                scale--;
                if (mantissa == 0 && s[i] == '0')
                {
                    continue;
                }

                mantissa = (mantissa * 10) + (ulong)(s[i] - '0');
                digits++;
            }
        }

        if (!any || digits > 15)
        {
            return false;
        }

        if (i < s.Length && (s[i] is 'e' or 'E'))
        {
            i++;
            var expNegative = false;
            if (i < s.Length && s[i] is '-' or '+')
            {
                expNegative = s[i] == '-';
                i++;
            }

            var exp = 0;
            var expDigits = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]) && expDigits < 4; i++, expDigits++)
            {
                exp = (exp * 10) + (s[i] - '0');
            }

            if (expDigits == 0 || i < s.Length)
            {
                return false;
            }

            scale += expNegative ? -exp : exp;
        }

        if (i != s.Length || scale < -22 || scale > 22)
        {
            return false;
        }

        double v = mantissa;
        v = scale >= 0 ? v * Pow10[scale] : v / Pow10[-scale];
        if (Math.Abs(v) > float.MaxValue)
        {
            return false;
        }

        value = negative ? -v : v;
        return true;
    }
}
