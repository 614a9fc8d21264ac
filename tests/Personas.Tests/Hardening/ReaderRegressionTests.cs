using System.Text;
using Personas.Data;
using Personas.Journeys;
using Personas.Journeys.Attribution;
using Personas.Model;

namespace Personas.Tests.Hardening;

/// <summary>Regression tests for reader bugs the fuzz properties found (each failed before its fix).</summary>
public class ReaderRegressionTests
{
    [Fact]
    public void Read_QuotedFieldLongerThanTheTokenizersFirstBuffer_ReadsIt()
    {
        // The tokenizer assembles quoted fields in a 1,024-char array that it grows; the record used to keep
        // pointing at the old array, so Field() threw ArgumentOutOfRangeException.
        var name = new string('x', 3000);
        var text = $"id,score,name\n1,5,\"{name}\"\n2,6,b\n3,7,c\n";

        var table = CustomerReader.Read(new StringReader(text), "long.csv");

        Assert.Equal(3, table.RowCount);
        Assert.Equal([5f, 6f, 7f], table["score"].Numbers.ToArray());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    public void Read_DateMovedOutOfRangeByItsOffset_IsAnExcludedRowNotACrash(string date)
    {
        // Such an instant is before 0001-01-01 or after 9999-12-31 in UTC; formatting the reference date threw
        // ArgumentOutOfRangeException from new DateTime(ticks).
        var text = $"id,score,joined\n1,5,2020-01-01T00:00:00+00:00\n2,6,{date}\n3,7,2021-01-01T00:00:00+00:00\n4,8,2021-06-01T00:00:00+00:00\n";

        var table = CustomerReader.Read(new StringReader(text), "dates.csv");

        Assert.Equal(ColumnRole.Date, table["joined"].Role);
        Assert.Equal(3, table.RowCount);
        var excluded = Assert.Single(table.Exclusions);
        Assert.Equal(3, excluded.Line);
        Assert.Contains("expected a date", excluded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_TruncatedGzip_ThrowsDataExceptionNamingTheFile()
    {
        // A download cut short: GZipStream threw InvalidDataException straight through the readers.
        var dir = FuzzHarness.NewFolder("gzip");
        try
        {
            var path = Path.Combine(dir, "cut.csv.gz");
            File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x03, 0xFF, 0xFF, 0xFF, 0x00, 0x13]);

            var e = Assert.ThrowsAny<PersonasDataException>(() => CustomerReader.ReadFile(path));

            Assert.Equal("cut.csv.gz", e.Source);
            Assert.Contains("gzip", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-Infinity")]
    [InlineData("NaN")]
    public void EventLogReader_NonFiniteValue_ExcludesTheRow(string value)
    {
        // double.TryParse accepts these (1e400 overflows to infinity); they reached the log's values.
        var log = WithFile("events.csv", $"customer_id,timestamp,touchpoint,event_type,value\nC1,2025-01-01,web,purchase,{value}\nC1,2025-01-02,web,purchase,5\n", p => EventLogReader.ReadFile(p));

        Assert.Equal(1, log.Count);
        Assert.Equal(2, Assert.Single(log.Exclusions).Line);
        Assert.Equal(5, log.Values[0]);
    }

    [Fact]
    public void PathFileReader_CountsWhoseTotalOverflows_AreExcluded()
    {
        // Each 1e308 is finite, but their sum is infinity: totals and attribution became infinite/NaN.
        var paths = WithFile("paths.csv", "path,total_conversions,total_null\na > b,1e308,1\nb,1e308,1\nc,2,1\n", p => PathFileReader.ReadFile(p));

        Assert.Equal(1, paths.Count);
        Assert.Equal(2, paths.Exclusions.Count);
        Assert.Equal(2, paths.TotalConversions);
    }

    [Theory]
    [InlineData("""{"stages": [1, 2]}""")]
    [InlineData("""{"stages": ["a"], "touchpoints": {"tv": 3}}""")]
    [InlineData("""{"stages": [{"name": "a", "touchpoints": [7]}]}""")]
    public void StageModel_JsonValueOfTheWrongKind_ThrowsDataException(string json)
    {
        // JsonElement.GetString threw InvalidOperationException for a number.
        var e = Assert.ThrowsAny<PersonasDataException>(() => WithFile("stages.json", json, StageModel.LoadFile));
        Assert.Equal("stages.json", e.Source);
    }

    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("{\"format\": \"\\uDC00\"}")]
    public void PersonaModel_UnpairedSurrogateEscape_ThrowsModelException(string json)
    {
        // System.Text.Json decodes strings lazily; GetString threw InvalidOperationException.
        var e = Assert.Throws<PersonaModelException>(() => PersonaModel.FromJson(json, "m.json"));
        Assert.Equal("m.json", e.Source);
    }

    [Fact]
    public void PersonaModel_InvalidUtf8InAString_ThrowsModelException()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"format\": \"personas.mo"), 0xC0, 0x80, .. Encoding.UTF8.GetBytes("del\"}")];
        var e = Assert.Throws<PersonaModelException>(() => WithFile("m.persona.json", bytes, PersonaModel.Load));
        Assert.Equal("m.persona.json", e.Source);
    }

    [Fact]
    public void TransactionReader_LastDateIsTheLastDayOfYear9999_Reads()
    {
        // The default snapshot is one day after the last transaction, 10000-01-01: formatting it for the notes threw.
        var options = new TransactionOptions { CustomerColumn = "customer", DateColumn = "date", AmountColumn = "amount" };
        var table = WithFile("orders.csv", "customer,date,amount\nA,2024-01-01,10\nB,9999-12-31,20\n", p => TransactionReader.ReadFile(p, options));

        Assert.Equal(2, table.RowCount);
        var b = table.Ids.ToList().IndexOf("B");
        Assert.Equal(1f, table["recency_days"].Numbers.Span[b]);
        Assert.Contains(table.Notes, n => n.Contains("day ", StringComparison.Ordinal) && n.Contains("after 0001-01-01", StringComparison.Ordinal));
    }

    private static T WithFile<T>(string name, string text, Func<string, T> read) => WithFile(name, Encoding.UTF8.GetBytes(text), read);

    private static T WithFile<T>(string name, byte[] bytes, Func<string, T> read)
    {
        var dir = FuzzHarness.NewFolder("regression");
        try
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            return read(path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
