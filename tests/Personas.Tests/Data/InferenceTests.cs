using System.IO.Compression;
using System.Text;
using Personas.Data;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Data;

public class InferenceTests
{
    private static CustomerTable Read(string text, CustomerReadOptions? o = null) => CustomerReaderTests.ReadText(text, o);

    [Fact]
    public void Dates_DayFirstByEvidence()
    {
        var t = Read("id,d\na,01-02-2020\nb,25-12-2020\n");
        Assert.StartsWith("date (dd-mm-yyyy), used as days since 2020-12-25", t["d"].Reason, StringComparison.Ordinal);
        Assert.Equal(328f, t["d"].Numbers.Span[0]); // 2020-02-01 .. 2020-12-25: 328 days (leap year)
    }

    [Fact]
    public void Dates_MonthFirstByEvidence()
    {
        var t = Read("id,d\na,12/25/2020\nb,02/01/2020\n");
        Assert.StartsWith("date (mm/dd/yyyy)", t["d"].Reason, StringComparison.Ordinal);
        Assert.Equal(328f, t["d"].Numbers.Span[1]); // 2020-02-01 .. 2020-12-25
    }

    [Fact]
    public void Dates_AmbiguousDefaultsToDayFirst_AndSaysSo()
    {
        var t = Read("id,d\na,01/02/2020\nb,03/04/2020\n");
        Assert.Equal(ColumnRole.Date, t["d"].Role);
        Assert.Contains("ambiguous", t["d"].Reason, StringComparison.Ordinal);
        Assert.Equal(62f, t["d"].Numbers.Span[0]); // day-first: 2020-02-01 .. 2020-04-03 = 62 days
    }

    [Fact]
    public void Dates_FormatOverride_AndReferenceDate()
    {
        var o = new CustomerReadOptions { DateFormats = new Dictionary<string, string> { ["d"] = "MM/dd/yyyy" }, ReferenceDate = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var t = Read("id,d\na,01/02/2020\nb,03/04/2020\n", o);
        Assert.Equal("date (MM/dd/yyyy), used as days since 2021-01-01", t["d"].Reason);
        Assert.Equal(365f, t["d"].Numbers.Span[0]); // 2020-01-02 .. 2021-01-01 (leap year)
    }

    [Fact]
    public void Dates_Iso_WithTimes()
    {
        var t = Read("id,ts\na,2010-12-01 08:26:00\nb,2010-12-02 08:26:00\n");
        Assert.StartsWith("date (yyyy-mm-dd hh:mm:ss), used as days since 2010-12-02 08:26:00", t["ts"].Reason, StringComparison.Ordinal);
        Assert.Equal([1f, 0f], t["ts"].Numbers.ToArray());
    }

    [Fact]
    public void Dates_BadDateInDateColumn_IsExcludedRow()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 19).Select(i => $"c{i},{i:00}-01-2020"));
        var t = Read($"id,d\n{rows}\nbad,31-02-2020\n");
        Assert.Equal(ColumnRole.Date, t["d"].Role);
        Assert.Equal("column 'd': expected a date (dd-mm-yyyy), found '31-02-2020'", Assert.Single(t.Exclusions).Reason);
    }

    [Theory]
    [InlineData("yes", "no")]
    [InlineData("True", "False")]
    [InlineData("Y", "N")]
    [InlineData("1", "0")]
    public void Booleans_AreZeroOne(string yes, string no)
    {
        var t = Read($"id,b\na,{yes}\nb,{no}\nc,{yes}\nd,\n");
        Assert.Equal(ColumnRole.Boolean, t["b"].Role);
        Assert.Equal([1f, 0f, 1f], t["b"].Numbers.ToArray()[..3]);
        Assert.True(float.IsNaN(t["b"].Numbers.Span[3]));
    }

    [Fact]
    public void ZeroOneTwo_IsNumericNotBoolean()
    {
        var t = Read("id,kids\na,0\nb,1\nc,2\n");
        Assert.Equal(ColumnRole.Numeric, t["kids"].Role);
    }

    [Fact]
    public void HighCardinalityCategorical_KeepsTopLevelsAndOther()
    {
        // 25 cities, city k appears 30 - k times: the top 4 stay, the other 21 become "(other)".
        var sb = new StringBuilder("id,city\n");
        var n = 0;
        for (var k = 0; k < 25; k++)
        {
            for (var j = 0; j < 30 - k; j++)
            {
                sb.Append($"r{n++},city{k:00}\n");
            }
        }

        var t = Read(sb.ToString(), new CustomerReadOptions { MaxCategoryLevels = 5 });
        var c = t["city"];
        Assert.Equal(ColumnRole.Categorical, c.Role);
        Assert.Equal(["city00", "city01", "city02", "city03", "(other)"], c.Levels);
        Assert.Contains("the top 4 kept, the other 21 grouped as '(other)'", c.Reason, StringComparison.Ordinal);
        Assert.Equal(4, c.Codes.ToArray().Last());
    }

    [Fact]
    public void UniqueCodes_AreIdLike_NotFeatures()
    {
        var t = Read("id,ref,age\na,X1,1\nb,X2,2\nc,X3,3\n");
        Assert.Equal(ColumnRole.Id, t["ref"].Role);
        Assert.Contains("unique per row (id-like)", t["ref"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IdNamedVariants_AreRecognised()
    {
        Assert.Equal("Customer ID", Read("Customer ID,age\n1,2\n2,3\n").IdColumn);
        Assert.Equal("customer_id", Read("customer_id,age\n1,2\n2,3\n").IdColumn);
        Assert.Equal("ID", Read("age,ID\n1,2\n2,3\n").IdColumn);
    }

    [Fact]
    public void IdNamedWithMissing_RowsNumberedAndNoted()
    {
        var t = Read("id,age\n1,2\n,3\n");
        Assert.Null(t.IdColumn);
        Assert.Equal(ColumnRole.Id, t["id"].Role);
        Assert.Contains(t.Notes, n => n.Contains("'id' is named like an id but 1 values are missing", StringComparison.Ordinal));
    }

    [Fact]
    public void FreeText_IsIgnoredWithReason()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"r{i},{(i % 5 == 0 ? "same remark for several customers of ours" : $"remark number {i} about the delivery and the staff")}");
        var t = Read("id,remark\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(ColumnRole.Text, t["remark"].Role);
        Assert.StartsWith("free text", t["remark"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OverrideRoles_IncludeAndExclude()
    {
        var text = "id,zip,age,income\na,1000,30,5\nb,2000,40,6\nc,1000,50,7\n";
        var t = Read(text, new CustomerReadOptions { Roles = new Dictionary<string, ColumnRole> { ["zip"] = ColumnRole.Categorical }, Exclude = ["income"] });
        Assert.Equal(ColumnRole.Categorical, t["zip"].Role);
        Assert.Equal("categorical (role set by the options) (2 levels: 1000, 2000)", t["zip"].Reason);
        Assert.Equal(ColumnRole.Ignored, t["income"].Role);
        var u = Read(text, new CustomerReadOptions { Columns = ["age"] });
        Assert.Equal([ColumnRole.Ignored, ColumnRole.Numeric, ColumnRole.Ignored], u.Columns.Select(c => c.Role));
    }

    [Fact]
    public void Options_IdColumn_ForcesTheId()
    {
        var t = Read("code,age\nx,1\ny,2\n", new CustomerReadOptions { IdColumn = "code" });
        Assert.Equal("code", t.IdColumn);
        Assert.Equal(["x", "y"], t.Ids);
        Assert.DoesNotContain(t.Columns, c => c.Name == "code");
    }

    [Fact]
    public void DecimalComma_Option_WithSemicolons()
    {
        var t = Read("id;amount\na;\"1 234,50\"\nb;7,25\n", new CustomerReadOptions { DecimalComma = true });
        Assert.Equal([1234.5f, 7.25f], t["amount"].Numbers.ToArray());
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    [InlineData('|')]
    [InlineData(',')]
    public void Delimiters_AreDetected(char d)
    {
        var t = Read($"id{d}name{d}age\n1{d}\"Smith{d} J\"{d}30\n2{d}Doe{d}40\n");
        Assert.Equal([30f, 40f], t["age"].Numbers.ToArray());
    }

    [Fact]
    public void QuotedFieldsWithNewlines_CrLf_Bom_AndGzip()
    {
        var text = "\uFEFFid,note,age\r\n1,\"two\r\nlines, \"\"quoted\"\"\",30\r\n2,plain,40\r\n";
        var dir = Paths.NewTempDir();
        var plain = Path.Combine(dir, "c.csv");
        File.WriteAllText(plain, text, new UTF8Encoding(true));
        var gz = Path.Combine(dir, "c.csv.gz");
        using (var f = File.Create(gz))
        using (var z = new GZipStream(f, CompressionLevel.Fastest))
        {
            var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            z.Write(bytes);
        }

        foreach (var path in new[] { plain, gz })
        {
            var t = CustomerReader.ReadFile(path);
            Assert.Equal("id", t.IdColumn);
            Assert.Equal([2L, 4L], t.Lines);
            Assert.Equal([30f, 40f], t["age"].Numbers.ToArray());
        }
    }

    [Fact]
    public void Progress_IsReportedAndEndsAtOne()
    {
        var path = Path.Combine(Paths.NewTempDir(), "p.csv");
        File.WriteAllText(path, "a,b\n1,2\n3,4\n");
        var seen = new List<PersonasProgress>();
        CustomerReader.ReadFile(path, null, new SyncProgress(seen.Add));
        Assert.Equal(1.0, seen[^1].Fraction);
        Assert.All(seen, p => Assert.InRange(p.Fraction, 0, 1));
    }

    [Fact]
    public void Cancellation_StopsTheRead()
    {
        var path = Path.Combine(Paths.NewTempDir(), "big.csv");
        File.WriteAllText(path, "a,b\n" + string.Concat(Enumerable.Range(0, 70_000).Select(i => $"{i},{i % 7}\n")));
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(_ => cts.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() => CustomerReader.ReadFile(path, null, progress, cts.Token));
    }

    private sealed class SyncProgress(Action<PersonasProgress> report) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value) => report(value);
    }
}
