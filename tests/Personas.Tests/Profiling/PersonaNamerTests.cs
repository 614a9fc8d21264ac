using FsCheck;
using FsCheck.Fluent;
using Personas.Profiling;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

public class PersonaNamerTests
{
    [Fact]
    public void Name_WithoutVocabularyWords_FallsBackToAReadableDescription()
    {
        var set = PlantedSet(new ProfilingOptions { Vocabulary = new NameVocabulary([]) });

        Assert.Equal(["Higher income, higher wines", "More deals purchases, lower income", "Higher recency, more often app user", "Small group"], set.Personas.Select(p => p.Name));
    }

    [Fact]
    public void Name_TwoPersonasWithTheSameProfile_GetDistinctNamesWithoutARepeatedStem()
    {
        // Two personas drawn from the same high-wine distribution, one low.
        var wine = Enumerable.Range(0, 90).Select(i => i < 60 ? 600.0 + (i % 7 * 10) : 100.0 + (i % 5 * 10));
        var table = Table(Numeric("MntWines", wine), Numeric("Recency", Enumerable.Range(0, 90).Select(i => (double)(i % 30 < 15 ? 10 + (i % 4) : 60 + (i % 4)))));
        var labels = Enumerable.Range(0, 90).Select(i => i < 30 ? 0 : i < 60 ? 1 : 2).ToArray();

        var set = Profiler.Profile(table, labels, 3);

        var names = set.Personas.Select(p => p.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // The same profile: the same words, told apart by the id rather than by a second name that repeats the first ("Higher wines").
        Assert.Equal(["Wine lovers", "Wine lovers (P2)", "Lower wines"], names);
    }

    [Fact]
    public void Names_AreUniqueForAnyLabelling()
    {
        var planted = PlantedPersonas();
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var rng = new Random(seed);
            var k = 2 + rng.Next(6);
            var labels = planted.Labels.Select(l => rng.NextDouble() < 0.7 ? l % k : rng.Next(k)).ToArray();
            var set = Profiler.Profile(planted.Table, labels, k, new ProfilingOptions { MinPersonaSize = 5 });
            return set.Personas.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == k;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), property);
    }

    [Fact]
    public void Overrides_ByPersonaId_ReplaceNameAndTaglineAndReserveTheName()
    {
        var overrides = new Dictionary<string, PersonaOverride>
        {
            ["P2"] = new("High-income wine lovers", "Our bargain-savvy parents."),
            ["P9"] = new("Ghost"),
        };

        var set = PlantedSet(new ProfilingOptions { Overrides = overrides });

        Assert.Equal("High-income wine lovers", set["P2"].Name);
        Assert.Equal("Our bargain-savvy parents.", set["P2"].Tagline);
        Assert.NotEqual("High-income wine lovers", set["P1"].Name);
        Assert.Equal("High-value wine lovers", set["P1"].Name); // the override's first word is taken: P1 leads with its next trait
        Assert.Contains(set.Notes, n => n.Contains("'P9' ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Rename_ReturnsANewSetAndRejectsDuplicatesAndUnknownIds()
    {
        var set = PlantedSet();

        var renamed = set.Rename("P3", "Sleeping app fans");

        Assert.Equal("Sleeping app fans", renamed["P3"].Name);
        Assert.Equal("Lapsed app users", set["P3"].Name);
        Assert.Throws<ArgumentException>(() => set.Rename("P3", "high-income WINE lovers"));
        Assert.Throws<ArgumentException>(() => set.Rename("P7", "x"));
        Assert.Throws<ArgumentException>(() => set.Rename("P3", " "));
    }

    [Fact]
    public void Tagline_MentionsTheTopTraits()
    {
        var set = PlantedSet();

        Assert.Equal("45.5% of customers: higher income, higher wines and higher revenue 12m than the rest.", set["P1"].Tagline);
    }
}
