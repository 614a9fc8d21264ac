namespace Personas.Data.Parsing;

/// <summary>What a column's date cells say about their order: year-first or year-last, and the largest day/month parts seen.</summary>
internal sealed class DateEvidence
{
    public long YearFirst { get; private set; }

    public long YearLast { get; private set; }

    public long Count => Math.Max(YearFirst, YearLast);

    public int MaxFirst { get; private set; }

    public int MaxSecond { get; private set; }

    public bool HasTime { get; private set; }

    private char YearFirstSeparator { get; set; } = '-';

    private char YearLastSeparator { get; set; } = '-';

    public void Add(in DateParts p)
    {
        HasTime |= p.HasTime;
        if (p.YearFirst)
        {
            YearFirst++;
            YearFirstSeparator = p.Separator;
        }
        else
        {
            YearLast++;
            YearLastSeparator = p.Separator;
            MaxFirst = Math.Max(MaxFirst, p.First);
            MaxSecond = Math.Max(MaxSecond, p.Second);
        }
    }

    /// <summary>
    /// The order the evidence supports: ISO when most cells are year-first; else month-first when a second part
    /// exceeds 12, day-first when a first part does, and day-first by default when every part is at most 12
    /// (<paramref name="ambiguous"/>). Null when both parts exceed 12 somewhere (no consistent order).
    /// </summary>
    public DateOrder? Order(out bool ambiguous)
    {
        ambiguous = false;
        if (YearFirst >= YearLast)
        {
            return DateOrder.YearMonthDay;
        }

        if (MaxFirst > 12 && MaxSecond > 12)
        {
            return null;
        }

        if (MaxSecond > 12)
        {
            return DateOrder.MonthDayYear;
        }

        ambiguous = MaxFirst <= 12;
        return DateOrder.DayMonthYear;
    }

    /// <summary>The format in words, like <c>dd-mm-yyyy</c>.</summary>
    public string Describe(DateOrder order) =>
        DateParser.Describe(order, order == DateOrder.YearMonthDay ? YearFirstSeparator : YearLastSeparator, HasTime);

    /// <summary>The note added to an ambiguous order.</summary>
    public const string AmbiguousNote = "; ambiguous (every day and month is at most 12): read day-first by default, set the date format to override";
}
