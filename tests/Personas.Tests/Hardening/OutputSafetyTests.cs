using System.Globalization;
using System.Text;
using System.Text.Json;
using Personas.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Hardening;

/// <summary>
/// End to end through <c>personas build</c>: hostile customer ids and column names (which become persona names and
/// card text) must come out inert in every output: formulas neutralised in CSV, markup escaped in HTML and Markdown,
/// and nothing written outside the output folder.
/// </summary>
public class OutputSafetyTests
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Ids a spreadsheet would execute or interpret (see the issue: <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>).</summary>
    private static readonly string[] FormulaIds = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1", "@x", "=1+2", "-2+3", "+SUM(A1:A9)", "@cmd"];

    private static readonly Lazy<(string Dir, string Out, int Code, string Err)> Build = new(RunBuild);

    /// <summary>
    /// 60 customers in two clear groups separated by a column named with a script tag (so the persona names, taken
    /// from the strongest trait, carry it) and a column named like a path; the first ids are formulas, and two rows
    /// are excluded (text in a number column) so that exclusions.csv carries formula ids too.
    /// </summary>
    private static (string Dir, string Out, int Code, string Err) RunBuild()
    {
        var dir = Paths.NewTempDir();
        var input = Path.Combine(dir, "customers.csv");
        var sb = new StringBuilder("customer_id,\"" + Script + "\",\"../../evil\\..\\x\",segment\n");
        for (var i = 0; i < 60; i++)
        {
            var id = i < FormulaIds.Length ? FormulaIds[i] : string.Create(CultureInfo.InvariantCulture, $"C{i:000}");
            var high = i % 2 == 0;
            sb.Append(Quote(id)).Append(',')
              .Append(string.Create(CultureInfo.InvariantCulture, $"{(high ? 900 + (i * 7 % 50) : 100 + (i * 13 % 40))},{(high ? 3 + (i % 3) : 20 + (i % 5))},"))
              .Append(high ? Quote(Script) : "\"<img src=x onerror=alert(2)>\"").Append('\n');
        }

        sb.Append(Quote("-HYPERLINK(\"http://evil.example\")")).Append(",many,7,gold\n"); // not a number: excluded
        sb.Append(Quote("=cmd|' /C calc'!A0")).Append(",lots,7,gold\n"); // not a number: excluded
        File.WriteAllText(input, sb.ToString());
        var outDir = Path.Combine(dir, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["build", "--customers", input, "--k", "2", "--out", outDir, "--seed", "7"], stdout, stderr, FixedClock.Default, interactive: false, CancellationToken.None);
        return (dir, outDir, code, stderr.ToString());
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Output(string file)
    {
        var b = Build.Value;
        Assert.True(b.Code == 0, b.Err);
        return File.ReadAllText(Path.Combine(b.Out, file));
    }

    [Fact]
    public void Build_PersonaTextsCarryTheScriptTag_SoTheTestsBelowExerciseEscaping()
    {
        // Names use readable labels (the column's script tag reads "script alert 1 script"); the raw level still reaches
        // the personas' texts (traits, taglines, sentences), so the cards and the report must escape it.
        using var doc = JsonDocument.Parse(Output("personas.json"));
        static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => [e.GetString()!],
            JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
            JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
            _ => [],
        };
        Assert.Contains(Strings(doc.RootElement.GetProperty("personas")), n => n.Contains("<script>", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Build_AssignmentsCsv_PrefixesEveryFormulaId()
    {
        var cells = Records("assignments.csv").Select(r => r[0]).ToList();
        foreach (var id in FormulaIds.Skip(1))
        {
            Assert.Contains("'" + id, cells);
        }

        Assert.Contains("'" + FormulaIds[0], cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AssignmentsCsv_NoCellStartsWithAFormulaCharacter()
    {
        foreach (var cell in Records("assignments.csv").SelectMany(r => r))
        {
            // Numbers (distance, confidence) are written by the program and are not negative here.
            Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), cell);
        }
    }

    [Fact]
    public void Build_ExclusionsCsv_PrefixesFormulaIdsAndReasons()
    {
        var records = Records("exclusions.csv");
        Assert.True(records.Count >= 2, Output("exclusions.csv"));
        Assert.Contains(records, r => r[1] == "'-HYPERLINK(\"http://evil.example\")");
        Assert.Contains(records, r => r[1] == "'=cmd|' /C calc'!A0");
        foreach (var cell in records.SelectMany(r => r))
        {
            Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), cell);
        }
    }

    [Fact]
    public void Build_ReportHtml_HasNoMarkupFromTheData()
    {
        var html = Output("report.html");
        Assert.DoesNotContain(Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);

        // The only script elements are the report's own (if any): none carries the data's alert.
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CardsMarkdown_EscapesMarkupFromTheData()
    {
        var md = Output("cards.md");
        Assert.DoesNotContain(Script, md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\<img src=x onerror=alert(2)\\>", md, StringComparison.Ordinal);
        for (var i = md.IndexOf('<', StringComparison.Ordinal); i >= 0; i = md.IndexOf('<', i + 1))
        {
            // The cards use no raw HTML of their own, so every angle bracket is data and must be escaped.
            Assert.True(i > 0 && md[i - 1] == '\\', "unescaped '<' at " + i.ToString(CultureInfo.InvariantCulture) + ": " + md.Substring(Math.Max(0, i - 40), Math.Min(80, md.Length - Math.Max(0, i - 40))));
        }

        Assert.Contains("\\<script\\>alert(1)\\</script\\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HostileNames_WriteOnlyTheKnownFilesInsideTheOutputFolder()
    {
        var b = Build.Value;
        Assert.True(b.Code == 0, b.Err);
        var inside = Directory.GetFileSystemEntries(b.Out, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(b.Out, p)).Order(StringComparer.Ordinal).ToList();
        Assert.All(inside, f => Assert.DoesNotContain("..", f, StringComparison.Ordinal));
        Assert.All(inside, f => Assert.Equal(f, Path.GetFileName(f)));
        Assert.Equal(["customers.csv", "out"], Directory.GetFileSystemEntries(b.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.False(File.Exists(Path.Combine(b.Dir, "..", "evil")) || Directory.Exists(Path.Combine(b.Dir, "..", "..", "evil")));
    }

    /// <summary>The data records of a CSV output, split by the library's own RFC 4180 tokenizer.</summary>
    private static List<List<string>> Records(string file)
    {
        var records = new List<List<string>>();
        using var tokenizer = new Personas.Data.Text.CsvTokenizer(new StringReader(Output(file)), ',', file);
        tokenizer.ReadRecord(); // header
        while (tokenizer.ReadRecord())
        {
            var cells = new List<string>();
            tokenizer.CopyFields(cells);
            records.Add(cells);
        }

        return records;
    }
}
