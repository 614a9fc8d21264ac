using Personas.Data;

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
}
