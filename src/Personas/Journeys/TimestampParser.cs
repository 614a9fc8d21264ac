using System.Globalization;

namespace Personas.Journeys;

/// <summary>Parses timestamps to UTC ticks: a fast path for ISO 8601, the BCL parser otherwise; naive times are in a given zone.</summary>
internal static class TimestampParser
{
    public static bool TryParse(ReadOnlySpan<char> s, TimeZoneInfo naiveZone, out long utcTicks)
    {
        s = s.Trim();
        if (TryParseIso(s, out var localTicks, out var offsetTicks, out var hasOffset))
        {
            utcTicks = hasOffset ? localTicks - offsetTicks : Naive(localTicks, naiveZone);
            return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks;
        }

        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            utcTicks = 0;
            return false;
        }

        utcTicks = HasExplicitOffset(s) || naiveZone == TimeZoneInfo.Utc ? dto.UtcTicks : Naive(dto.Ticks, naiveZone);
        return true;
    }

    private static long Naive(long localTicks, TimeZoneInfo zone)
    {
        if (zone == TimeZoneInfo.Utc)
        {
            return localTicks;
        }

        var local = new DateTime(localTicks, DateTimeKind.Unspecified);
        return localTicks - zone.GetUtcOffset(local).Ticks;
    }

    private static bool HasExplicitOffset(ReadOnlySpan<char> s)
    {
        // The date part (yyyy-MM-dd) holds '-' too, so look only after it.
        for (var i = Math.Min(10, s.Length); i < s.Length; i++)
        {
            if (s[i] is '+' or '-' or 'Z' or 'z')
            {
                return true;
            }
        }

        return false;
    }

    // yyyy-MM-dd[(T| )HH:mm[:ss[.f+]]][Z|(+|-)HH[:mm]]
    private static bool TryParseIso(ReadOnlySpan<char> s, out long localTicks, out long offsetTicks, out bool hasOffset)
    {
        localTicks = 0;
        offsetTicks = 0;
        hasOffset = false;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        long ticks = new DateTime(year, month, day).Ticks;
        var p = 10;
        if (p < s.Length && (s[p] == 'T' || s[p] == ' '))
        {
            if (s.Length < p + 6 || !Digits(s, p + 1, 2, out var hour) || s[p + 3] != ':' || !Digits(s, p + 4, 2, out var minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            ticks += (hour * 3600L + minute * 60L) * TimeSpan.TicksPerSecond;
            p += 6;
            if (p < s.Length && s[p] == ':')
            {
                if (!Digits(s, p + 1, 2, out var second) || second > 59)
                {
                    return false;
                }

                ticks += second * TimeSpan.TicksPerSecond;
                p += 3;
                if (p < s.Length && (s[p] == '.' || s[p] == ','))
                {
                    p++;
                    var scale = TimeSpan.TicksPerSecond / 10;
                    var start = p;
                    while (p < s.Length && char.IsAsciiDigit(s[p]))
                    {
                        ticks += (s[p] - '0') * scale;
                        scale /= 10;
                        p++;
                    }

                    if (p == start)
                    {
                        return false;
                    }
                }
            }
        }

        if (p == s.Length)
        {
            localTicks = ticks;
            return true;
        }

        if (s[p] is 'Z' or 'z' && p + 1 == s.Length)
        {
            localTicks = ticks;
            hasOffset = true;
            return true;
        }

        if (s[p] is '+' or '-')
        {
            var sign = s[p] == '-' ? -1 : 1;
            var rest = s[(p + 1)..];
            int oh;
            var om = 0;
            if (rest.Length == 5 && rest[2] == ':' && Digits(rest, 0, 2, out oh) && Digits(rest, 3, 2, out om)) { }
            else if (rest.Length == 4 && Digits(rest, 0, 2, out oh) && Digits(rest, 2, 2, out om)) { }
            else if (rest.Length == 2 && Digits(rest, 0, 2, out oh)) { }
            else
            {
                return false;
            }

            if (oh > 14 || om > 59)
            {
                return false;
            }

            localTicks = ticks;
            offsetTicks = sign * (oh * 60L + om) * TimeSpan.TicksPerMinute;
            hasOffset = true;
            return true;
        }

        return false;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
