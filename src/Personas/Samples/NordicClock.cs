namespace Personas.Samples;

/// <summary>
/// Local time in the Nordic countries without a time-zone database (so output does not depend on the machine):
/// Sweden, Norway, Denmark UTC+1, Finland UTC+2, both with EU summer time (+1 hour from the last Sunday of March
/// to the last Sunday of October, switching at 01:00 UTC); Iceland UTC+0 all year.
/// </summary>
internal static class NordicClock
{
    public static DateTimeOffset ToLocal(string country, DateTime utc)
    {
        var standard = country switch
        {
            "Finland" => 2,
            "Iceland" => 0,
            _ => 1,
        };
        var summer = country != "Iceland" && utc >= LastSunday(utc.Year, 3) && utc < LastSunday(utc.Year, 10) ? 1 : 0;
        var offset = TimeSpan.FromHours(standard + summer);
        return new DateTimeOffset(DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified), offset);
    }

    /// <summary>01:00 UTC on the last Sunday of the month.</summary>
    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
