namespace Personas.Data.Parsing;

/// <summary>A date cell split into its numeric parts before the day/month order is known.</summary>
/// <param name="First">Year (year-first) or the first of day/month (year-last).</param>
/// <param name="Second">Month (year-first) or the second of day/month (year-last).</param>
/// <param name="Third">Day (year-first) or the year (year-last).</param>
/// <param name="YearFirst">True for <c>yyyy-mm-dd</c>, false for <c>dd-mm-yyyy</c> / <c>mm-dd-yyyy</c>.</param>
/// <param name="Separator">The date separator.</param>
/// <param name="HasTime">True when a time of day follows.</param>
/// <param name="TimeTicks">The time of day in ticks (a leap second 60 counts into the next minute).</param>
/// <param name="HasOffset">True when the time carries an offset (<c>Z</c> or <c>+hh[:mm]</c>).</param>
/// <param name="OffsetMinutes">The UTC offset in minutes (0 when absent).</param>
internal readonly record struct DateParts(int First, int Second, int Third, bool YearFirst, char Separator, bool HasTime, long TimeTicks, bool HasOffset, int OffsetMinutes);
