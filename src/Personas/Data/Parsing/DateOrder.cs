namespace Personas.Data.Parsing;

/// <summary>How a date column orders its parts.</summary>
internal enum DateOrder
{
    /// <summary>ISO 8601: year, month, day.</summary>
    YearMonthDay,

    /// <summary>Day, month, year.</summary>
    DayMonthYear,

    /// <summary>Month, day, year.</summary>
    MonthDayYear,

    /// <summary>A user-given .NET format string.</summary>
    Custom,
}
