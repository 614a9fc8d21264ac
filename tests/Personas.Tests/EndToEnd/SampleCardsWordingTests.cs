using System.Text.RegularExpressions;
using Personas.Tests.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>
/// Issue 16's "done when" on the sample data, through the README's main command (which uses the sample's data
/// dictionary): cards in a marketer's words, in English and in Finnish, and English cards unchanged by --language.
/// </summary>
public partial class SampleCardsWordingTests
{
    private static readonly Lazy<string> English = new(() => Build());
    private static readonly Lazy<string> EnglishExplicit = new(() => Build("--language", "en"));
    private static readonly Lazy<string> Finnish = new(() => Build("--language", "fi"));

    /// <summary>The README's first command, run from the repository root into a temporary folder.</summary>
    internal static string[] ReadmeCommand()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.RepoRoot, "README.md"));
        var line = readme.Split('\n').First(l => l.StartsWith("dotnet run --project src/Personas.Cli -- build ", StringComparison.Ordinal));
        var args = line["dotnet run --project src/Personas.Cli -- ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. args.Select(a => a.StartsWith("data-samples/", StringComparison.Ordinal) ? Path.Combine(Paths.RepoRoot, a) : a)];
    }

    private static string Build(params string[] extra)
    {
        var args = ReadmeCommand().ToList();
        var outDir = Paths.NewTempDir();
        args[args.IndexOf("--out") + 1] = outDir;
        args.AddRange(extra);
        var (code, _, err) = BuildCommandTests.Run([.. args]);
        Assert.True(code == 0, err);
        return outDir;
    }

    private static string Cards(Lazy<string> build) => File.ReadAllText(Path.Combine(build.Value, "cards.md"));

    /// <summary>Each persona's name, tagline and "In short" sentences as written on cards.md (Markdown escapes removed).</summary>
    internal static IEnumerable<(string Id, string Name, string Tagline, string[] InShort)> Personas(string cards, string inShort = "In short")
    {
        foreach (Match m in PersonaHeading().Matches(cards))
        {
            var start = m.Index;
            var end = cards.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            var card = cards[start..(end < 0 ? cards.Length : end)];
            var tagline = TaglineLine().Match(card).Groups[1].Value;
            var words = card.IndexOf("### " + inShort + "\n", StringComparison.Ordinal);
            var sentences = words < 0 ? [] : card[(words + inShort.Length + 5)..].Split("\n### ")[0].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Unescape(l[2..])).ToArray();
            yield return (m.Groups[1].Value, Unescape(m.Groups[2].Value), Unescape(tagline), sentences);
        }
    }

    private static string Unescape(string markdown) => Regex.Replace(markdown, @"\\(.)", "$1");

    [Fact]
    public void ReadmeCommand_UsesTheSamplesDataDictionary()
    {
        var args = ReadmeCommand();
        var labels = args[Array.IndexOf(args, "--labels") + 1];
        Assert.Equal(Path.Combine(Paths.DataSamples, "dictionary.csv"), labels);
        Assert.True(File.Exists(labels));
    }

    [Fact]
    public void SampleCards_NamesTaglinesAndSentences_HaveNoColumnNamesLiftOrZeroPercentForms()
    {
        var cards = Cards(English);
        var personas = Personas(cards).ToArray();
        Assert.Equal(6, personas.Length);
        foreach (var (id, name, tagline, inShort) in personas)
        {
            Assert.NotEmpty(inShort);
            foreach (var text in inShort.Append(name).Append(tagline))
            {
                Assert.DoesNotMatch(SnakeCase(), text);
                Assert.DoesNotContain("lift", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(@"\b[gh] = ", text); // effect sizes stay in the tables
                Assert.DoesNotMatch(@"(?<![\d.,])(0|100)(\.0)?%", text); // "None of them" / "All of them", never 0% / 100%
            }
        }
    }

    [Fact]
    public void SampleCards_ShowTheDictionarysLabelsUnitsAndLevelLabels()
    {
        var cards = Cards(English);
        Assert.Contains("| Share bought on discount | 4", cards, StringComparison.Ordinal); // label, a share as %
        Assert.Matches(@"\| Average order \| €\d+", cards);                                  // label and € unit
        Assert.Matches(@"\| Age \| \d+(\.\d)? years", cards);                                // unit
        Assert.Contains("live alone", cards, StringComparison.Ordinal);                      // level label
        Assert.Contains("subscribe to the newsletter", cards, StringComparison.Ordinal);     // label of a yes
        Assert.Contains("data dictionary dictionary.csv", cards, StringComparison.Ordinal); // named in "How this was made"
        Assert.DoesNotContain("discount_share", cards.Split("## How this was made")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SampleCards_PlainZeroAndHundredPercentForms_AreUsed()
    {
        var sentences = Personas(Cards(English)).SelectMany(p => p.InShort).ToArray();
        Assert.Contains(sentences, s => s.StartsWith("None of them ", StringComparison.Ordinal) || s.StartsWith("All of them ", StringComparison.Ordinal) || s.Contains("times as", StringComparison.Ordinal));
    }

    [Fact]
    public void LanguageEn_GivesTheSameCardsAndReport_AsNoLanguageOption()
    {
        Assert.Equal(Cards(English), Cards(EnglishExplicit));
        Assert.Equal(File.ReadAllText(Path.Combine(English.Value, "report.html")), File.ReadAllText(Path.Combine(EnglishExplicit.Value, "report.html")));
    }

    [Fact]
    public void LanguageFi_WritesFinnishCards_FromTheSameStatistics()
    {
        var fi = Cards(Finnish);
        var en = Cards(English);
        Assert.StartsWith("# Ostajapersoonat\n", fi, StringComparison.Ordinal);
        Assert.Contains("1\u00A0297", fi, StringComparison.Ordinal);           // thousands: non-breaking space
        Assert.Matches(@"25,9\u00A0%", fi);                                     // decimal comma, space before %
        Assert.Contains("asuvat yksin", fi, StringComparison.Ordinal);          // the dictionary's Finnish level label
        Assert.Matches("\\d+\u00A0€", fi);                                     // currency after the amount
        Assert.Contains("2,10; 2,25", fi, StringComparison.Ordinal);          // an interval of decimal-comma numbers
        Assert.All(Personas(fi, "Lyhyesti").SelectMany(p => p.InShort), s => Assert.True(char.IsUpper(s[0]), s));
        foreach (var english in new[] { "In short", "More than average", "Less than average", " customers (", "belong to this persona", "Other customers" })
        {
            Assert.DoesNotContain(english, fi.Split("## Näin persoonat tehtiin")[0], StringComparison.Ordinal);
        }

        // The same personas, sizes and statistics: only the words differ.
        var fiPersonas = Personas(fi, "Lyhyesti").ToArray();
        var enPersonas = Personas(en).ToArray();
        Assert.Equal(enPersonas.Select(p => p.Id), fiPersonas.Select(p => p.Id));
        Assert.Equal(enPersonas.Select(p => p.InShort.Length), fiPersonas.Select(p => p.InShort.Length));
        Assert.Equal(File.ReadAllText(Path.Combine(English.Value, "assignments.csv")).Split('\n').Select(l => string.Join(',', l.Split(',').Take(2))), File.ReadAllText(Path.Combine(Finnish.Value, "assignments.csv")).Split('\n').Select(l => string.Join(',', l.Split(',').Take(2))));
    }

    [GeneratedRegex(@"^## (P\d+) · (.+)$", RegexOptions.Multiline)]
    private static partial Regex PersonaHeading();

    [GeneratedRegex(@"^\*(.+)\*$", RegexOptions.Multiline)]
    private static partial Regex TaglineLine();

    [GeneratedRegex(@"\b[A-Za-z]+_[A-Za-z0-9_]+\b")]
    private static partial Regex SnakeCase();
}
