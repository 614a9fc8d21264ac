using System.Text;
using Personas.Data;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Data;

/// <summary>Every bad-input case of issue 3: a clear <see cref="PersonasDataException"/> or a listed exclusion, never a crash.</summary>
public class BadInputTests
{
    private static CustomerTable Read(string text, CustomerReadOptions? o = null) => CustomerReaderTests.ReadText(text, o);

    private static string TempFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Paths.NewTempDir(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void ReadFile_MissingFile_NamesTheFile()
    {
        var e = Assert.Throws<PersonasDataException>(() => CustomerReader.ReadFile(Path.Combine(Paths.NewTempDir(), "nope.csv")));
        Assert.StartsWith("nope.csv: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_EmptyFile_SaysEmpty()
    {
        var e = Assert.Throws<PersonasDataException>(() => CustomerReader.ReadFile(TempFile("empty.csv", [])));
        Assert.Equal("empty.csv: expected a header line with column names; the file is empty", e.Message);
    }

    [Fact]
    public void Read_HeaderOnly_SaysNoDataRows()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id,age,income\n"));
        Assert.Contains("header only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeaderNames_NamesBothColumns()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id,age,age\n1,2,3\n"));
        Assert.Equal(1, e.Line);
        Assert.Equal("3", e.Column);
        Assert.Equal("age", e.Found);
        Assert.Contains("also column 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankHeaderName_NamesTheColumnNumber()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id, ,income\n1,2,3\n"));
        Assert.Equal("2", e.Column);
        Assert.Contains("header field 2 is blank", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RaggedRows_AreExcludedWithLineAndReason()
    {
        var t = Read("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
        Assert.Equal(2, t.RowCount);
        Assert.Equal(4, t.RowsRead);
        Assert.Equal([3L, 4L], t.Exclusions.Select(x => x.Line));
        Assert.Equal("expected 3 fields like the header, found 2", t.Exclusions[0].Reason);
        Assert.Equal([2L, 5L], t.Lines);
        Assert.Equal(["1", "4"], t.Ids); // generated ids are data row numbers, stable when rows are excluded
    }

    [Fact]
    public void Read_RaggedRow_FailPolicy_Throws()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("a,b,c\n1,2,3\n4,5\n", new CustomerReadOptions { RowErrors = RowErrorPolicy.Fail }));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_UnterminatedQuote_NamesTheLineWhereItOpens()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("a,b\n1,2\n3,\"open\n4,5\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("closing quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MostlyNumericColumnWithText_ExcludesThoseRowsWithLineColumnReason()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"c{i},{(i == 7 ? "abc" : (i * 10).ToString())}");
        var t = Read("id,income\n" + string.Join("\n", lines) + "\n");
        Assert.Equal(ColumnRole.Numeric, t["income"].Role);
        Assert.Equal(19, t.RowCount);
        var x = Assert.Single(t.Exclusions);
        Assert.Equal(8, x.Line);
        Assert.Equal("c7", x.CustomerId);
        Assert.Equal("column 'income': expected a number, found 'abc'", x.Reason);
        Assert.Equal(20, t.RowsRead);
    }

    [Fact]
    public void Read_MostlyNumericColumnWithText_FailPolicy_ThrowsWithLineColumnFound()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"c{i},{(i == 7 ? "abc" : (i * 10).ToString())}");
        var e = Assert.Throws<PersonasDataException>(() => Read("id,income\n" + string.Join("\n", lines) + "\n", new CustomerReadOptions { RowErrors = RowErrorPolicy.Fail }));
        Assert.Equal(8, e.Line);
        Assert.Equal("income", e.Column);
        Assert.Equal("abc", e.Found);
        Assert.Equal("t.csv:8: column 'income': expected a number, found 'abc'", e.Message);
    }

    [Fact]
    public void Read_MostlyTextColumnWithSomeNumbers_IsCategorical()
    {
        var t = Read("id,size\n1,S\n2,M\n3,L\n4,M\n5,42\n6,S\n");
        Assert.Equal(ColumnRole.Categorical, t["size"].Role);
        Assert.Empty(t.Exclusions);
    }

    [Fact]
    public void Read_DuplicateIds_ErrorByDefault_NamesBothLines()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id,age\na,1\nb,2\na,3\n"));
        Assert.Equal(4, e.Line);
        Assert.Equal("id", e.Column);
        Assert.Equal("a", e.Found);
        Assert.Contains("already on line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateIds_KeepFirst_ExcludesLaterRows()
    {
        var t = Read("id,age\na,1\nb,2\na,3\n", new CustomerReadOptions { IdColumn = "id", DuplicateIds = DuplicateIdPolicy.KeepFirst });
        Assert.Equal(["a", "b"], t.Ids);
        Assert.Equal([1f, 2f], t["age"].Numbers.ToArray());
        var x = Assert.Single(t.Exclusions);
        Assert.Equal((4L, "a"), (x.Line, x.CustomerId));
        Assert.Equal(3, t.RowsRead);
    }

    [Fact]
    public void Read_DuplicateIds_Aggregate_MergesMeanAndFirstLevel()
    {
        var t = Read("id,age,city\na,1,\nb,2,Rome\na,4,Oslo\na,,Rome\n", new CustomerReadOptions { IdColumn = "id", DuplicateIds = DuplicateIdPolicy.Aggregate });
        Assert.Equal(["a", "b"], t.Ids);
        Assert.Equal(2.5f, t["age"].Numbers.Span[0]); // mean of 1 and 4; the missing value does not count
        Assert.Equal("Oslo", t["city"].Levels[t["city"].Codes.Span[0]]); // first non-missing level of a
        Assert.Equal(2, t.Exclusions.Count);
        Assert.All(t.Exclusions, x => Assert.Contains("merged into the row of line 2", x.Reason, StringComparison.Ordinal));
        Assert.Equal(4, t.RowsRead);
    }

    [Fact]
    public void Read_AllValuesMissingInAColumn_IsIgnoredWithCount()
    {
        var t = Read("id,age,empty\na,1,\nb,2,NA\nc,3,\n");
        Assert.Equal(ColumnRole.Ignored, t["empty"].Role);
        Assert.Equal("all 3 values missing; ignored (values not kept)", t["empty"].Reason);
    }

    [Fact]
    public void Read_ConstantColumn_IsConstantWithTheValue()
    {
        var t = Read("id,age,country,three\na,1,NL,3\nb,2,NL,3.0\nc,3,NL,3\n");
        Assert.Equal(ColumnRole.Constant, t["country"].Role);
        Assert.Contains("every value is 'NL'", t["country"].Reason, StringComparison.Ordinal);
        Assert.Equal(ColumnRole.Constant, t["three"].Role);
        Assert.Contains("every value is 3", t["three"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureEnoughRows_FewerRowsThanPersonas_Throws()
    {
        var t = Read("id,age\na,1\nb,x\nc,3\nd,4\ne,5\nf,6\ng,7\nh,8\ni,9\nj,10\nk,11\n");
        Assert.Equal(10, t.RowCount);
        CustomerReader.EnsureEnoughRows(t, 10);
        var e = Assert.Throws<PersonasDataException>(() => CustomerReader.EnsureEnoughRows(t, 11));
        Assert.Equal("t.csv: expected at least 11 usable rows (1 rows were excluded; first excluded: line 3: column 'age': expected a number, found 'x'), found '10 usable rows'", e.Message);
    }

    [Fact]
    public void Read_MinRows_Throws()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id,age\na,1\nb,2\n", new CustomerReadOptions { MinRows = 3 }));
        Assert.Contains("at least 3 usable rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneColumnFileWithWrongDelimiterGuess_ClearMessage()
    {
        // One column of names with commas inside: no delimiter splits the header, so comma is assumed and rows split.
        var e = Assert.Throws<PersonasDataException>(() => Read("name\nSmith, John\nDoe, Jane\n"));
        Assert.Equal(2, e.Line);
        Assert.Contains("the header has a single column, so the delimiter (comma, detected) was probably guessed wrong", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForcedDelimiterMissingFromHeader_ClearMessage()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id;age;income\n1;2;3\n", new CustomerReadOptions { Delimiter = ',' }));
        Assert.Contains("looks separated by 'semicolon'", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Read_ColonSeparatedFile_ClearMessage()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id:age:income\n1:2:3\n"));
        Assert.Contains("looks separated by ':'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_NonUtf8Bytes_ThrowsWithLine()
    {
        var bytes = Encoding.UTF8.GetBytes("id,city\n1,Rome\n2,").Concat(new byte[] { 0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, (byte)'\n' }).ToArray(); // "München" in Latin-1
        var e = Assert.Throws<PersonasDataException>(() => CustomerReader.ReadFile(TempFile("latin1.csv", bytes)));
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("latin1.csv:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumnInOptions_NamesIt()
    {
        var e = Assert.Throws<PersonasDataException>(() => Read("id,age\n1,2\n", new CustomerReadOptions { Exclude = ["Age"] }));
        Assert.Equal("Age", e.Column);
        Assert.Contains("the columns are: id, age", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Infinity", "a finite number (infinity is not a measurement)")]
    [InlineData("-Infinity", "a finite number (infinity is not a measurement)")]
    [InlineData("1e400", "a number; this one is out of range for a 32-bit float (max about 3.4e38)")]
    [InlineData("1e39", "a number; this one is out of range for a 32-bit float (max about 3.4e38)")]
    public void Read_NonFiniteNumbers_AreDataErrorsNotValues(string cell, string expected)
    {
        var rows = string.Join("\n", Enumerable.Range(1, 19).Select(i => $"c{i},{i}"));
        var t = Read($"id,x\n{rows}\nbad,{cell}\n");
        Assert.Equal(ColumnRole.Numeric, t["x"].Role);
        Assert.Equal(19, t.RowCount);
        Assert.Equal($"column 'x': expected {expected}, found '{cell}'", Assert.Single(t.Exclusions).Reason);
        Assert.All(t["x"].Numbers.ToArray(), v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Read_NaNTextAndNA_AreMissingValues()
    {
        var t = Read("id,x\na,1\nb,NaN\nc,NA\nd,\ne,2\n");
        Assert.Equal(5, t.RowCount);
        Assert.Equal(3, t["x"].Numbers.ToArray().Count(float.IsNaN));
        Assert.Contains("3 missing", t["x"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankLines_AreListedNotSilentlyDropped()
    {
        var t = Read("a,b\n1,2\n\n3,4\n");
        Assert.Equal(2, t.RowCount);
        Assert.Equal((3L, "blank line"), (t.Exclusions[0].Line, t.Exclusions[0].Reason));
        Assert.Equal(3, t.RowsRead);
    }

    [Fact]
    public void Read_ManyTextCellsInANumericColumn_FivePercentAreBadRows_HalfMakeItCategorical()
    {
        var five = string.Join("\n", Enumerable.Range(0, 30000).Select(i => $"r{i},{(i % 20 == 0 ? "n/k" : i.ToString())}"));
        var t = Read("id,x\n" + five + "\n");
        Assert.Equal(ColumnRole.Numeric, t["x"].Role);
        Assert.Equal(1500, t.Exclusions.Count);
        Assert.Equal(30000, t.RowsRead);
        Assert.Equal(1f, t["x"].Numbers.Span[0]); // row r1: r0 is excluded

        var half = string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"r{i},{(i % 2 == 0 ? "level" + (i % 6) : (i % 7).ToString())}"));
        var u = Read("id,x\n" + half + "\n");
        Assert.Equal(ColumnRole.Categorical, u["x"].Role);
        Assert.Empty(u.Exclusions);
    }

    [Fact]
    public void Read_SameValues_WhetherNumbersAreKeptFromTheFirstPassOrReadInTheSecond()
    {
        var text = "id,a,b,c\n" + string.Join("\n", Enumerable.Range(0, 500).Select(i => $"r{i},{i * 0.37},{(i % 9 == 0 ? "" : (i % 13).ToString())},{(i % 3 == 0 ? "x" : "y")}")) + "\n";
        var fast = Read(text);
        var slow = Read(text, new CustomerReadOptions { RowErrors = RowErrorPolicy.Fail }); // Fail reads every column in the second pass
        foreach (var c in fast.Columns)
        {
            Assert.Equal(c.Numbers.ToArray(), slow[c.Name].Numbers.ToArray());
            Assert.Equal(c.Codes.ToArray(), slow[c.Name].Codes.ToArray());
            Assert.Equal(c.Reason, slow[c.Name].Reason);
        }
    }
}
