using Personas.Data;
using Personas.Profiling;
using Personas.Segmentation;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

/// <summary>Names never come from encodings, codes or gaps; "High-value" only with a value column; no small groups with auto k (issue 14).</summary>
public class NameRulesTests
{
    private static readonly int[] Labels = Enumerable.Range(0, 100).Select(i => i < 40 ? 0 : 1).ToArray();

    [Fact]
    public void Names_SkipUnknownLevels_MissingLevels_IntegerCodes_AndMergedFacts()
    {
        // P1 differs most by encodings (contact unknown, a missing segment, region code 3, a merged fact), then by visits.
        var table = Table(
            Categorical("contact", ["unknown", "cellular"], Labels.Select((l, i) => l == 0 || i % 5 == 0 ? 0 : 1)),
            Categorical("segment", ["gold", "silver"], Labels.Select((l, i) => l == 0 ? -1 : i % 2)),
            Categorical("region", ["1", "2", "3"], Labels.Select((l, i) => l == 0 ? 2 : i % 2)),
            CustomerColumn.FromNumbers("No internet service (3 columns)", ColumnRole.Boolean, Labels.Select(l => l == 0 ? 1f : 0f).ToArray(), "merged"),
            Numeric("visits", Enumerable.Range(0, 100).Select(i => (i < 40 ? 12.0 : 8.0) + (i % 5))));
        var set = Profiler.Profile(table, Labels, 2, new ProfilingOptions { NotForNames = ["No internet service (3 columns)"], Vocabulary = new NameVocabulary([]) });

        var p1 = set["P1"];
        Assert.Contains(p1.Traits, t => t.Feature == "contact" && t.Level == "unknown"); // still a trait on the card
        Assert.StartsWith("More visits", p1.Name, StringComparison.Ordinal);
        Assert.StartsWith("40% of customers: more visits", p1.Tagline, StringComparison.Ordinal);
        foreach (var p in set.Personas)
        {
            Assert.DoesNotContain("unknown", p.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("missing", p.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("region", p.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("internet", p.Name, StringComparison.Ordinal);
            Assert.DoesNotContain("unknown", p.Tagline, StringComparison.Ordinal);
            Assert.DoesNotContain("region", p.Tagline, StringComparison.Ordinal);
            Assert.DoesNotContain("internet", p.Tagline, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(8, false)] // 20% of P1 are retired (against 0% of the others): more often, but not "Retirees"
    [InlineData(32, true)] // 80% are
    public void ALevelNamesAPersona_OnlyWhenMostOfItHoldIt(int retired, bool named)
    {
        var table = Table(
            Categorical("job", ["admin.", "retired"], Enumerable.Range(0, 100).Select(i => i < retired ? 1 : 0)),
            Numeric("visits", Enumerable.Range(0, 100).Select(i => (i < 40 ? 12.0 : 8.0) + (i % 5))));
        var p1 = Profiler.Profile(table, Labels, 2)["P1"];
        Assert.Contains(p1.Traits, t => t.Feature == "job" && t.Level == "retired" && t.Direction == TraitDirection.Higher);
        Assert.Equal(named, p1.Name.Contains("Retirees", StringComparison.Ordinal));
    }

    [Fact]
    public void HighValue_OnlyDescribesTheValueColumn()
    {
        var table = Table(Numeric("revenue", Labels.Select((l, i) => (l == 0 ? 900.0 : 100.0) + (i % 9))), Numeric("visits", Labels.Select((l, i) => (l == 0 ? 10.0 : 4.0) + (i % 3))));
        Assert.StartsWith("High-value", Profiler.Profile(table, Labels, 2)["P1"].Name, StringComparison.Ordinal);

        var withoutValue = Profiler.Profile(table, Labels, 2, new ProfilingOptions { DetectValueColumn = false });
        Assert.Empty(withoutValue.ValueColumns);
        Assert.All(withoutValue.Personas, p => Assert.DoesNotContain("value", p.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AutomaticK_NeverGivesASmallGroup()
    {
        // Two groups of 300 and a far-away group of 15 customers (2.4%, under the card minimum of 20).
        var rng = new Random(5);
        var rows = Enumerable.Range(0, 615).Select(i => i < 300 ? (0.0, 0.0) : i < 600 ? (10.0, 0.0) : (5.0, 30.0)).Select(c => (X: c.Item1 + rng.NextDouble(), Y: c.Item2 + rng.NextDouble())).ToArray();
        var table = Table(Numeric("spend", rows.Select(r => 100 + (10 * r.X))), Numeric("visits", rows.Select(r => 10 + r.Y)));
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { KMax = 5 } });

        Assert.All(result.Personas.Personas, p =>
        {
            Assert.True(p.Size >= 20, $"{p.Id} has {p.Size} customers");
            Assert.True(p.IsDetailed);
            Assert.DoesNotContain("Small group", p.Name, StringComparison.Ordinal);
        });

        // Given k, a small group is shown with its size only.
        var given = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = 3 } });
        Assert.Contains(given.Personas.Personas, p => p.Size == 15 && !p.IsDetailed && p.Name == "Small group");
    }
}
