using System.Text;
using Personas.Data;
using Personas.Data.Text;

namespace Personas.Tests.Data;

public class CsvTokenizerTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text, char d = ',')
    {
        using var t = new CsvTokenizer(new StringReader(text), d, "t.csv");
        var result = new List<(long, string[])>();
        var fields = new List<string>();
        while (t.ReadRecord())
        {
            t.CopyFields(fields);
            result.Add((t.RecordLine, fields.ToArray()));
        }

        return result;
    }

    [Fact]
    public void ReadRecord_QuotedFieldsWithDelimitersQuotesAndNewlines_AreUnescaped()
    {
        var rows = ReadAll("a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,2,3");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x,1", "say \"hi\"", "two\nlines"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(4, rows[2].Line); // the embedded newline counts as a physical line
    }

    [Fact]
    public void ReadRecord_UnterminatedQuote_ThrowsWithLine()
    {
        var e = Assert.Throws<PersonasDataException>(() => ReadAll("a,b\n1,2\n3,\"open\n4,5\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("t.csv:3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRecord_InvalidUtf8_ThrowsDataException()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), TextSource.StrictUtf8);
        using var t = new CsvTokenizer(reader, ',', "bad.csv");
        var e = Assert.Throws<PersonasDataException>(() => { while (t.ReadRecord()) { } });
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a|b|c\n1|2|3\n", '|')]
    [InlineData("a,b,c\n\"1;2\",2,3\n", ',')]
    public void Detect_PicksTheConsistentDelimiter(string text, char expected)
    {
        var lines = text.Split('\n');
        Assert.Equal(expected, DelimiterDetector.Detect(lines).Delimiter);
    }
}
