using FsCheck;
using FsCheck.Fluent;
using Personas.Reporting;

namespace Personas.Tests.Reporting;

public class SafeTextTests
{
    [Fact]
    public void HtmlEncode_ScriptTag_BecomesText()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", SafeText.HtmlEncode("<script>alert(1)</script>"));
        Assert.Equal("a &amp; &quot;b&quot; &#39;c&#39;", SafeText.HtmlEncode("a & \"b\" 'c'"));
        Assert.Equal(string.Empty, SafeText.HtmlEncode(null));
    }

    [Fact]
    public void HtmlEncode_NeverLetsAngleBracketsOrQuotesThrough()
    {
        Prop.ForAll<string>(s =>
        {
            var e = SafeText.HtmlEncode(s);
            return e.IndexOfAny(['<', '>', '"', '\'']) < 0;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("*bold* _it_ `code` [link](x)", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line1\nline2\r\n", "line1 line2  ")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("&lt;", "\\&lt;")]
    [InlineData("Month-to-month 45.5%", "Month-to-month 45.5%")]
    public void MarkdownEscape_NeutralisesMarkdownSyntax(string input, string expected)
    {
        Assert.Equal(expected, SafeText.MarkdownEscape(input));
    }

    [Fact]
    public void MarkdownEscape_NeverLeavesAnUnescapedSpecialCharacterOrLineBreak()
    {
        Prop.ForAll<string>(s =>
        {
            var e = SafeText.MarkdownEscape(s);
            for (var i = 0; i < e.Length; i++)
            {
                if ("`*_[]#|<>~&".Contains(e[i], StringComparison.Ordinal) && (i == 0 || e[i - 1] != '\\'))
                {
                    return false;
                }
            }

            return !e.Contains('\n', StringComparison.Ordinal) && !e.Contains('\r', StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void CsvCell_NeutralisesFormulasAndQuotes(string input, string expected)
    {
        Assert.Equal(expected, SafeText.CsvCell(input));
    }

    [Theory]
    [InlineData("High-income wine lovers", "High-income-wine-lovers")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("..\\..\\windows\\system32", "windows-system32")]
    [InlineData("CON", "_CON")]
    [InlineData("nul", "_nul")]
    [InlineData("...", "persona")]
    [InlineData("", "persona")]
    [InlineData("a/b:c*d?e\"f<g>h|i", "a-b-c-d-e-f-g-h-i")]
    [InlineData("Åse \u202Eevil\u202C", "Åse-evil")]
    public void SafeFileName_CannotLeaveTheFolder(string name, string expected)
    {
        Assert.Equal(expected, SafeText.SafeFileName(name));
    }

    [Fact]
    public void SafeFileName_AnyName_StaysInsideTheOutputFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "out"));
        Prop.ForAll<string>(name =>
        {
            var file = SafeText.SafeFileName(name);
            var full = Path.GetFullPath(Path.Combine(folder, file + ".md"));
            return file.Length is > 0 and <= 61
                && Path.GetDirectoryName(full) == folder
                && !file.Contains("..", StringComparison.Ordinal)
                && file.IndexOfAny(['/', '\\', ':', '\0']) < 0;
        }).QuickCheckThrowOnFailure();
    }
}
