using System.Globalization;
using Personas.Data.Parsing;

namespace Personas.Journeys;

/// <summary>Parses timestamps to UTC ticks: a fast path for ISO 8601, the BCL parser otherwise; naive times are in a given zone.</summary>
internal static class TimestampParser
{
    /// <summary>
    /// Parses a timestamp to UTC ticks with the project's one date parser (<see cref="DateParser"/>: year-first dates with an
    /// optional time and offset, the same rules as customer date columns); other formats go to the BCL parser. Times
    /// without an offset are in <paramref name="naiveZone"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, TimeZoneInfo naiveZone, out long utcTicks)
    {
        s = s.Trim();
        if (LooksYearFirst(s))
        {
            // A year-first timestamp follows the one rule set only: no second opinion from the BCL parser.
            utcTicks = 0;
            if (!DateParser.TrySplit(s, out var parts) || !parts.YearFirst || !DateParser.TryLocalTicks(parts, DateOrder.YearMonthDay, out var local))
            {
                return false;
            }

            utcTicks = parts.HasOffset ? local - (parts.OffsetMinutes * TimeSpan.TicksPerMinute) : Naive(local, naiveZone);
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

    private static bool LooksYearFirst(ReadOnlySpan<char> s) =>
        s.Length >= 5 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[4] is '-' or '/' or '.';

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
}
