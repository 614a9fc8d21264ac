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
        // Every "In short" sentence about a level that 0% or 100% of the persona have says "None of them" / "All of
        // them"; every such plain sentence is about a level at 0% / 100% in the persona's table; the sample has some.
        var cards = Cards(English);
        var plain = 0;
        foreach (Match m in PersonaHeading().Matches(cards))
        {
            var end = cards.IndexOf("\n## ", m.Index + 3, StringComparison.Ordinal);
            var card = Unescape(cards[m.Index..(end < 0 ? cards.Length : end)]);
            var inShort = Personas(cards[m.Index..(end < 0 ? cards.Length : end)]).Single().InShort;
            var rows = TableRow().Matches(card).Select(r => (Title: r.Groups[1].Value.Trim(), Persona: r.Groups[2].Value.Trim())).ToArray();
            foreach (var (title, persona) in rows.Where(r => r.Persona is "0%" or "100%"))
            {
                var phrase = title.Contains(": ", StringComparison.Ordinal) ? title[(title.IndexOf(": ", StringComparison.Ordinal) + 2)..] : char.ToLowerInvariant(title[0]) + title[1..];
                foreach (var sentence in inShort.Where(x => x.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
                {
                    var form = persona == "0%" ? "None of them " : "All of them ";
                    Assert.True(sentence.StartsWith(form + phrase, StringComparison.Ordinal), $"{m.Groups[1].Value}: '{title}' is {persona}, but the sentence reads: {sentence}");
                    plain++;
                }
            }

            foreach (var sentence in inShort.Where(x => x.StartsWith("None of them ", StringComparison.Ordinal) || x.StartsWith("All of them ", StringComparison.Ordinal)))
            {
                var share = sentence.StartsWith("None", StringComparison.Ordinal) ? "0%" : "100%";
                Assert.Contains(rows, r => r.Persona == share && sentence.Contains(r.Title.Split(": ")[^1], StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.True(plain >= 2, $"{plain} sentences about a level at 0% or 100% on the sample cards");
    }

    /// <summary>The sample built in Finnish, refreshed on the sample's next quarter in Finnish (cards, report and drift).</summary>
    private static readonly Lazy<string> FinnishRefresh = new(() =>
    {
        var next = Paths.NewTempDir();
        var (code, _, err) = BuildCommandTests.Run("sample", "--quarter", "1", "--out", next);
        Assert.True(code == 0, err);
        var outDir = Paths.NewTempDir();
        (code, _, err) = BuildCommandTests.Run(
            "refresh", "--previous", Path.Combine(Finnish.Value, "model.persona.json"), "--customers", Path.Combine(next, "customers.csv"), "--events", Path.Combine(next, "touchpoints.csv"),
            "--labels", Path.Combine(Paths.DataSamples, "dictionary.csv"), "--language", "fi", "--out", outDir);
        Assert.True(code == 0, err);
        return outDir;
    });

    /// <summary>English words that appear in no Finnish sentence, column label or sample data value.</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "with", "their", "they", "them", "than", "is", "are", "was", "have", "has", "from", "which", "when", "where",
        "without", "more", "less", "most", "other", "others", "every", "each", "none", "customers", "customer", "journeys", "journey",
        "purchase", "buy", "column", "only", "been", "would", "because", "there", "runs", "ends", "starts", "highest", "lower", "higher",
        "stable", "among", "under", "persona", "value", "share", "detected", "set", "choose", "another", "drop", "typical", "path",
        "wait", "longest", "median", "days", "hours", "minutes", "seconds", "kept", "born", "retired", "matched", "trait", "change",
        "effect", "size", "quarter", "last", "this", "these", "those", "often", "times", "as", "long", "it", "its", "be", "or", "in", "at",
    };

    [Fact]
    public void LanguageFi_SampleCardsReportAndDrift_HaveNoEnglishSentence()
    {
        var files = new[]
        {
            Path.Combine(Finnish.Value, "cards.md"), Path.Combine(Finnish.Value, "report.html"),
            Path.Combine(FinnishRefresh.Value, "cards.md"), Path.Combine(FinnishRefresh.Value, "report.html"), Path.Combine(FinnishRefresh.Value, "drift.md"),
        };
        var found = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".html", StringComparison.Ordinal))
            {
                text = Regex.Replace(text, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline);
                text = System.Net.WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]+>", "\n"));
            }

            foreach (var line in Unescape(text).Split('\n'))
            {
                // Data values stay as they are: column names ("revenue_12m"), option names and the library's name.
                var words = Regex.Matches(Regex.Replace(line, @"\b\w+_\w+\b|--[\w-]+|Personas \d", " "), "[A-Za-z]+").Select(w => w.Value.ToLowerInvariant()).Where(EnglishWords.Contains).Distinct().ToArray();
                if (words.Length >= 2)
                {
                    found.Add($"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: [{string.Join(", ", words)}] {line.Trim()[..Math.Min(160, line.Trim().Length)]}");
                }
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} lines with English words in the Finnish outputs:\n" + string.Join("\n", found.Take(20)));
        Assert.Contains("Persoonien muutokset", File.ReadAllText(Path.Combine(FinnishRefresh.Value, "drift.md")), StringComparison.Ordinal);
        Assert.Contains("asiakaspolu", File.ReadAllText(Path.Combine(Finnish.Value, "cards.md")), StringComparison.Ordinal);
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

    [GeneratedRegex(@"^\| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\b[A-Za-z]+_[A-Za-z0-9_]+\b")]
    private static partial Regex SnakeCase();
}
