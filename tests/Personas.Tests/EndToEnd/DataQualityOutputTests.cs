using System.Globalization;
using System.Text;
using System.Text.Json;
using Personas.Data;
using Personas.Segmentation;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>Data-quality notes reach personas.json, the cards and the report, with counts (issue 14, docs/columns.md "Data quality").</summary>
public class DataQualityOutputTests
{
    private static string Csv()
    {
        var rng = new Random(3);
        var sb = new StringBuilder("customer_id,Income,visits,Year_Birth\n");
        for (var i = 0; i < 400; i++)
        {
            var rich = i % 2 == 0;
            var income = i == 7 ? 666666 : (rich ? 60000 : 40000) + rng.Next(0, 20000);
            var year = i == 9 ? 1893 : 1950 + rng.Next(0, 25) + rng.Next(0, 25);
            sb.Append(CultureInfo.InvariantCulture, $"C{i:0000},{income},{(rich ? 12 : 4) + rng.Next(0, 3)},{year}\n");
        }

        // Five exported twice under new ids, and one id that differs from another only by case and punctuation.
        for (var i = 0; i < 5; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"D{i},{50000 + i},7,1970\nE{i},{50000 + i},7,1970\n");
        }

        sb.Append("c-0011,41000,5,1980\n");
        var path = Path.Combine(Paths.NewTempDir(), "customers.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    [Fact]
    public void DuplicatesNearDuplicateIdsAndImplausibleValues_AreReportedWithCounts_AndFormNoPersona()
    {
        var table = CustomerReader.ReadFile(Csv());
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = 3 } });
        Assert.All(result.Personas.Personas, p => Assert.True(p.Size > 20, $"{p.Id} holds {p.Size} customers"));

        var outDir = Path.Combine(Paths.NewTempDir(), "out");
        result.Save(outDir);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json")));
        var notes = doc.RootElement.GetProperty("dataQuality").EnumerateArray().Select(q => (Kind: q.GetProperty("kind").GetString(), Column: q.GetProperty("column").GetString(), Count: q.GetProperty("count").GetInt32(), Text: q.GetProperty("description").GetString()!)).ToList();
        Assert.Contains(notes, q => q is { Kind: "duplicateRows", Count: 5 });
        Assert.Contains(notes, q => q is { Kind: "nearDuplicateIds", Count: 1 } && q.Text.StartsWith("1 id differs from another id", StringComparison.Ordinal) && q.Text.Contains("'C0011' and 'c-0011'", StringComparison.Ordinal));
        Assert.Contains(notes, q => q is { Kind: "implausibleValues", Column: "Income", Count: 1 } && q.Text.Contains("666,666", StringComparison.Ordinal));
        Assert.Contains(notes, q => q is { Kind: "implausibleValues", Column: "Year_Birth", Count: 1 } && q.Text.Contains("1,893", StringComparison.Ordinal));

        var cards = File.ReadAllText(Path.Combine(outDir, "cards.md")).Replace("\\", string.Empty, StringComparison.Ordinal); // without Markdown escapes
        var report = File.ReadAllText(Path.Combine(outDir, "report.html"));
        foreach (var (_, _, _, text) in notes)
        {
            Assert.Contains("**Data quality:** " + text[..40], cards, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(text)[..40], report, StringComparison.Ordinal);
        }
    }
}
