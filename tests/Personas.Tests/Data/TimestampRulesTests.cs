using Personas.Data;
using Personas.Data.Parsing;
using Personas.Journeys;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Data;

/// <summary>Customer date columns and event timestamps are read by one parser with one rule set.</summary>
public class TimestampRulesTests
{
    public static TheoryData<string, string> Instants() => new()
    {
        { "2025-03-01T10:15:00+02", "2025-03-01T08:15:00Z" },
        { "2025-03-01T10:15:00+0200", "2025-03-01T08:15:00Z" },
        { "2025-03-01T10:15:00+02:00", "2025-03-01T08:15:00Z" },
        { "2025-03-01T10:15:00-05:30", "2025-03-01T15:45:00Z" },
        { "2025-03-01 9:05", "2025-03-01T09:05:00Z" },
        { "2025-03-01T09:05:07.25Z", "2025-03-01T09:05:07.25Z" },
        { "2025-03-01T09:05:07,5z", "2025-03-01T09:05:07.5Z" },
        { "2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z" },
        { "2025-03-01", "2025-03-01T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void CustomerDatesAndEventTimestamps_AgreeOnEveryForm(string text, string utc)
    {
        var expected = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcTicks;
        Assert.True(TimestampParser.TryParse(text, TimeZoneInfo.Utc, out var eventTicks), text);
        Assert.Equal(expected, eventTicks);
        Assert.True(DateParser.TrySplit(text, out var parts), text);
        Assert.True(DateParser.TryUtcTicks(parts, DateOrder.YearMonthDay, out var customerTicks), text);
        Assert.Equal(expected, customerTicks);
    }

    [Theory]
    [InlineData("2025-03-01T24:00:00Z")]
    [InlineData("2025-03-01T10:61:00Z")]
    [InlineData("2025-03-01T10:15:61Z")]
    [InlineData("2025-03-01T10:15:00+15:00")]
    [InlineData("2025-03-01T10:15:00+2")]
    [InlineData("2025-02-30")]
    [InlineData("2025-03-01T10:15:00.Z")]
    public void InvalidForms_AreRejectedByBoth(string text)
    {
        var customer = DateParser.TrySplit(text, out var parts) && DateParser.TryUtcTicks(parts, DateOrder.YearMonthDay, out _);
        Assert.False(customer, text);
        Assert.False(TimestampParser.TryParse(text, TimeZoneInfo.Utc, out _), text);
    }

    [Fact]
    public void ADateColumnWithHourOffsets_IsReadAsDates()
    {
        var path = Path.Combine(Paths.NewTempDir(), "c.csv");
        File.WriteAllLines(path, ["customer_id,joined,spend", .. Enumerable.Range(0, 30).Select(i => FormattableString.Invariant($"C{i},2025-0{1 + (i % 9)}-1{i % 10}T10:00:00+02,{i}"))]);
        var table = CustomerReader.ReadFile(path);
        Assert.Equal(ColumnRole.Date, table.Columns.Single(c => c.Name == "joined").Role);
        Assert.Empty(table.Exclusions);
    }
}
