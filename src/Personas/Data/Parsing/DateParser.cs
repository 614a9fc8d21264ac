using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>
/// The one parser of dates and timestamps, for customer date columns and event timestamps alike. Splits numeric dates
/// without allocating: <c>yyyy-mm-dd</c> (also <c>/</c> or <c>.</c>) and <c>d-m-yyyy</c> / <c>m/d/yyyy</c>, optionally with
/// <c>T</c> or a space and a time <c>H[H]:mm[:ss[.f+]]</c> (a fraction with <c>.</c> or <c>,</c>; second 60 is a leap second,
/// counted into the next minute) and an offset <c>Z</c>, <c>+hh</c>, <c>+hhmm</c> or <c>+hh:mm</c> (up to 14 hours).
/// </summary>
internal static class DateParser
{
    /// <summary>Splits a cell into date parts.</summary>
    public static bool TrySplit(ReadOnlySpan<char> cell, out DateParts parts)
    {
        parts = default;
        var s = cell.Trim();
        var i = 0;
        if (!Digits(s, ref i, 1, 4, out var a, out var aLen) || i >= s.Length)
        {
            return false;
        }

        var sep = s[i];
        if (sep is not ('-' or '/' or '.'))
        {
            return false;
        }

        i++;
        if (!Digits(s, ref i, 1, 2, out var b, out _) || i >= s.Length || s[i] != sep)
        {
            return false;
        }

        i++;
        if (!Digits(s, ref i, 1, 4, out var c, out var cLen))
        {
            return false;
        }

        bool yearFirst;
        if (aLen == 4 && cLen <= 2)
        {
            yearFirst = true;
            if (b is < 1 or > 12 || c is < 1 or > 31)
            {
                return false;
            }
        }
        else if (aLen <= 2 && cLen == 4)
        {
            yearFirst = false;
            if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        var hasTime = false;
        long time = 0;
        var hasOffset = false;
        var offset = 0;
        if (i < s.Length)
        {
            if (s[i] is not ('T' or 't' or ' ') || !TryTime(s[(i + 1)..], out time, out hasOffset, out offset))
            {
                return false;
            }

            hasTime = true;
        }

        parts = new DateParts(a, b, c, yearFirst, sep, hasTime, time, hasOffset, offset);
        return true;
    }

    /// <summary>The instant of the parts in days since 0001-01-01 (UTC), or null when the parts are no valid date in that order.</summary>
    public static double? ToDays(in DateParts p, DateOrder order) =>
        TryUtcTicks(p, order, out var ticks) ? ticks / (double)TimeSpan.TicksPerDay : null;

    /// <summary>
    /// The exact instant of the parts in UTC ticks: the local date and time minus the offset (without an offset the time is
    /// taken as UTC; see <see cref="TryLocalTicks"/> to place it in a zone). False when the parts are no valid date in that
    /// order or the instant lies outside 0001-01-01..9999-12-31.
    /// </summary>
    public static bool TryUtcTicks(in DateParts p, DateOrder order, out long utcTicks)
    {
        utcTicks = 0;
        if (!TryLocalTicks(p, order, out var local))
        {
            return false;
        }

        // An offset can move 0001-01-01 or 9999-12-31 outside the representable range: not a usable instant.
        var utc = local - (p.OffsetMinutes * TimeSpan.TicksPerMinute);
        if (utc < 0 || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utcTicks = utc;
        return true;
    }

    /// <summary>The local date and time of the parts in ticks (no offset applied).</summary>
    public static bool TryLocalTicks(in DateParts p, DateOrder order, out long ticks)
    {
        ticks = 0;
        int y, m, d;
        switch (order)
        {
            case DateOrder.YearMonthDay when p.YearFirst:
                (y, m, d) = (p.First, p.Second, p.Third);
                break;
            case DateOrder.DayMonthYear when !p.YearFirst:
                (d, m, y) = (p.First, p.Second, p.Third);
                break;
            case DateOrder.MonthDayYear when !p.YearFirst:
                (m, d, y) = (p.First, p.Second, p.Third);
                break;
            default:
                return false;
        }

        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        var local = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc).Ticks + p.TimeTicks;
        if (local > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        ticks = local;
        return true;
    }

    /// <summary>Parses a cell with a user-given .NET format into days since 0001-01-01 (UTC), or null.</summary>
    public static double? ToDays(ReadOnlySpan<char> cell, string format)
    {
        var s = cell.Trim();
        return DateTimeOffset.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v)
            ? v.UtcTicks / (double)TimeSpan.TicksPerDay
            : null;
    }

    /// <summary>Days since 0001-01-01 of an instant.</summary>
    public static double ToDays(DateTimeOffset instant) => instant.UtcTicks / (double)TimeSpan.TicksPerDay;

    /// <summary>Formats days since 0001-01-01 as <c>yyyy-MM-dd</c>, with the time when it is not midnight.</summary>
    public static string Format(double days)
    {
        // A computed instant (one day after 9999-12-31, say) can lie outside DateTime's range: say it in days.
        if (!(days >= 0 && days * TimeSpan.TicksPerDay < DateTime.MaxValue.Ticks))
        {
            return "day " + days.ToString("0.###", CultureInfo.InvariantCulture) + " after 0001-01-01";
        }

        var t = new DateTime(Math.Clamp((long)Math.Round(days * TimeSpan.TicksPerDay), 0, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
        return t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A readable name of a detected format, like <c>dd-mm-yyyy</c> or <c>yyyy-mm-dd hh:mm:ss</c>.</summary>
    public static string Describe(DateOrder order, char separator, bool hasTime)
    {
        var core = order switch
        {
            DateOrder.YearMonthDay => $"yyyy{separator}mm{separator}dd",
            DateOrder.DayMonthYear => $"dd{separator}mm{separator}yyyy",
            DateOrder.MonthDayYear => $"mm{separator}dd{separator}yyyy",
            _ => "custom",
        };
        return hasTime ? core + " hh:mm:ss" : core;
    }

    // H[H]:mm[:ss[(.|,)f+]][Z|(+|-)hh[[:]mm]]: the time of day in ticks and the offset in minutes.
    private static bool TryTime(ReadOnlySpan<char> s, out long ticks, out bool hasOffset, out int offsetMinutes)
    {
        ticks = 0;
        hasOffset = false;
        offsetMinutes = 0;
        var i = 0;
        if (!Digits(s, ref i, 1, 2, out var h, out _) || i >= s.Length || s[i] != ':')
        {
            return false;
        }

        i++;
        if (!Digits(s, ref i, 2, 2, out var min, out _))
        {
            return false;
        }

        var sec = 0;
        long fraction = 0;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            if (!Digits(s, ref i, 2, 2, out sec, out _))
            {
                return false;
            }

            if (i < s.Length && s[i] is '.' or ',')
            {
                i++;
                var scale = TimeSpan.TicksPerSecond / 10;
                var start = i;
                for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
                {
                    fraction += (s[i] - '0') * scale;
                    scale /= 10;
                }

                if (i == start)
                {
                    return false;
                }
            }
        }

        // Second 60 is a leap second (ISO 8601): it is counted into the next minute.
        if (h > 23 || min > 59 || sec > 60)
        {
            return false;
        }

        ticks = (((h * 3600L) + (min * 60L) + sec) * TimeSpan.TicksPerSecond) + fraction;
        if (i == s.Length)
        {
            return true;
        }

        if (s[i] is 'Z' or 'z' && i == s.Length - 1)
        {
            hasOffset = true;
            return true;
        }

        if (s[i] is not ('+' or '-'))
        {
            return false;
        }

        var sign = s[i] == '-' ? -1 : 1;
        i++;
        // Offset hours are exactly two digits; in the basic form (+0200) the minutes follow without a colon.
        if (i + 2 > s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]))
        {
            return false;
        }

        var oh = ((s[i] - '0') * 10) + (s[i + 1] - '0');
        i += 2;

        var om = 0;
        if (i < s.Length)
        {
            if (s[i] == ':')
            {
                i++;
            }

            if (!Digits(s, ref i, 2, 2, out om, out _))
            {
                return false;
            }
        }

        if (i != s.Length || oh > 14 || om > 59)
        {
            return false;
        }

        hasOffset = true;
        offsetMinutes = sign * ((oh * 60) + om);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int i, int min, int max, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (i < s.Length && length < max && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            i++;
            length++;
        }

        return length >= min && !(i < s.Length && char.IsAsciiDigit(s[i]));
    }
}
