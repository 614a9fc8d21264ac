using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Cli;

/// <summary>Text from the data (persona names, column names, categories, values echoed in errors) never reaches the terminal with raw control characters.</summary>
public class TerminalSafetyTests
{
    private const string Escape = "\u001b[31m";

    [Fact]
    public void ControlCharactersFromTheData_AreNeutralised_InOutputLogsAndErrors()
    {
        var dir = Paths.NewTempDir();
        var input = Path.Combine(dir, "customers.csv");
        var lines = new List<string> { $"customer_id,\"spend{Escape}\",visits,segment" };
        for (var i = 0; i < 60; i++)
        {
            var high = i % 2 == 0;
            lines.Add(FormattableString.Invariant($"C{i:000},{(high ? 900 + i : 100 + i)},{(high ? 20 : 3)},\"{(high ? "gold\u001b]0;pwned\u0007" : "basic\u202Eevil")}\""));
        }

        File.WriteAllLines(input, lines);
        var overrides = Path.Combine(dir, "names.json");
        File.WriteAllText(overrides, """{"P1": {"name": "Red \u001b[31mALERT\u001b[0m", "tagline": "x"}}""");
        var (code, stdout, stderr) = BuildCommandTests.Run("build", "--customers", input, "--k", "2", "--overrides", overrides, "--verbose", "--out", Path.Combine(dir, "out"));
        Assert.True(code == 0, stderr);
        Assert.Contains("Red \\x1B[31mALERT", stdout, StringComparison.Ordinal);
        Assert.Contains("spend\\x1B[31m", stderr, StringComparison.Ordinal);
        AssertNoControlCharacters(stdout + stderr);

        (code, _, stderr) = BuildCommandTests.Run("build", "--customers", input, "--k", "\u001b[2J", "--out", Path.Combine(dir, "out2"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("\\x1B[2J", stderr, StringComparison.Ordinal);
        AssertNoControlCharacters(stderr);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\u001b[0mb", "a\\x1B[0mb")]
    [InlineData("bell\u0007", "bell\\x07")]
    [InlineData("c1\u009bx", "c1\\x9Bx")]
    [InlineData("rtl\u202Eoverride", "rtl\\u202Eoverride")]
    [InlineData("line\nand\ttab", "line\nand\ttab")]
    [InlineData("carriage\rreturn", "carriage\\x0Dreturn")]
    public void Neutralise_MakesControlCharactersVisible(string text, string expected) =>
        Assert.Equal(expected, SafeTerminalWriter.Neutralise(text));

    private static void AssertNoControlCharacters(string text) =>
        Assert.DoesNotContain(text, c => (c < 0x20 && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E');
}
