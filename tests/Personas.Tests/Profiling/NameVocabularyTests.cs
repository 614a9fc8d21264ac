using Personas.Data;
using Personas.Profiling;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

public class NameVocabularyTests
{
    private static Trait T(string feature, TraitDirection d, string? level = null) => new()
    {
        Feature = feature,
        Level = level,
        Kind = level is null ? TraitKind.Numeric : TraitKind.Categorical,
        Direction = d,
        PersonaValue = 1,
        RestValue = 0,
        EffectSize = d == TraitDirection.Higher ? 1 : -1,
        CiLow = 0,
        CiHigh = 2,
        PValue = 0,
        QValue = 0,
    };

    [Theory]
    [InlineData("Income", "Higher", null, "High-income")]
    [InlineData("Annual Income (k$)", "Higher", null, "High-income")]
    [InlineData("MntWines", "Higher", null, "Wine lovers")]
    [InlineData("MntMeatProducts", "Higher", null, "Meat lovers")]
    [InlineData("NumStorePurchases", "Higher", null, "Store regulars")]
    [InlineData("NumWebPurchases", "Higher", null, "Online shoppers")]
    [InlineData("NumWebVisitsMonth", "Higher", null, "Frequent browsers")]
    [InlineData("NumDealsPurchases", "Higher", null, "Deal hunters")]
    [InlineData("discount_share", "Higher", null, "Deal hunters")]
    [InlineData("Kidhome", "Higher", null, "Young families")]
    [InlineData("household_type", "Higher", "family with kids", "Families")]
    [InlineData("Recency", "Higher", null, "Lapsed")]
    [InlineData("days_since_last_order", "Higher", null, "Lapsed")]
    [InlineData("preferred_channel", "Higher", "Store", "Store regulars")]
    [InlineData("app_user", "Higher", "yes", "App users")]
    [InlineData("tenure_months", "Higher", null, "Loyal")]
    [InlineData("age", "Lower", null, "Young")]
    public void Default_MatchesCommonColumnNames(string feature, string direction, string? level, string words)
    {
        var entry = NameVocabulary.Default.Match(T(feature, Enum.Parse<TraitDirection>(direction), level));

        Assert.Equal(words, entry?.Words);
    }

    [Theory]
    [InlineData("usage_minutes", TraitDirection.Lower)] // "age" must match a whole word's start, not "usage"
    [InlineData("region", TraitDirection.Higher)]
    public void Default_DoesNotMatchUnrelatedNames(string feature, TraitDirection d)
    {
        Assert.Null(NameVocabulary.Default.Match(T(feature, d)));
    }

    [Fact]
    public void Default_CategoricalLevelNeedsALevelRule()
    {
        // "income_band = low" must not be called "High-income" just because the feature mentions income.
        Assert.Null(NameVocabulary.Default.Match(T("income_band", TraitDirection.Higher, "low")));
    }

    [Fact]
    public void FromJson_PutsItsRulesBeforeTheDefaults()
    {
        var v = NameVocabulary.FromJson("""
            { "entries": [
                { "feature": "wine", "direction": "higher", "words": "Connoisseurs" },
                { "feature": "region", "level": "north", "direction": "higher", "words": "Northerners" } ] }
            """);

        Assert.Equal("Connoisseurs", v.Match(T("MntWines", TraitDirection.Higher))?.Words);
        Assert.Equal("Northerners", v.Match(T("region", TraitDirection.Higher, "North"))?.Words);
        Assert.Equal("High-income", v.Match(T("Income", TraitDirection.Higher))?.Words);
    }

    [Fact]
    public void FromJson_WithoutDefaults_HasOnlyItsRules()
    {
        var v = NameVocabulary.FromJson("""{ "includeDefaults": false, "entries": [ { "feature": "x", "direction": "lower", "words": "Few x", "adjective": true } ] }""");

        var e = Assert.Single(v.Entries);
        Assert.True(e.IsAdjective);
        Assert.Equal(TraitDirection.Lower, e.Direction);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{ "entries": [ { "feature": "x", "words": "y" } ] }""")]
    [InlineData("""{ "entries": [ { "feature": "x", "direction": "up", "words": "y" } ] }""")]
    [InlineData("""{ "entries": [ { "feature": "--", "direction": "higher", "words": "y" } ] }""")]
    [InlineData("""{ "entries": [ 5 ] }""")]
    public void FromJson_Malformed_ThrowsDataExceptionNamingTheFile(string json)
    {
        var e = Assert.Throws<PersonasDataException>(() => NameVocabulary.FromJson(json, "my-vocab.json"));

        Assert.Contains("my-vocab.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vocab-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "entries": [ { "feature": "wine", "direction": "higher", "words": "Sommeliers" } ] }""");
        try
        {
            Assert.Equal("Sommeliers", NameVocabulary.Load(path).Match(T("MntWines", TraitDirection.Higher))?.Words);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Profile_WithCustomVocabulary_UsesItsWords()
    {
        var vocabulary = NameVocabulary.Default.Prepend([new VocabularyEntry("recency", null, TraitDirection.Higher, "Sleepers")]);

        var set = PlantedSet(new ProfilingOptions { Vocabulary = vocabulary });

        Assert.Equal("Low-value sleepers", set["P3"].Name);
    }

    [Fact]
    public void BuiltInVocabulary_HasFinnishForEveryWord()
    {
        var missing = NameVocabulary.Default.Entries.Select(e => e.Words).Distinct().Where(w => !DefaultVocabulary.Finnish.TryGetValue(w, out var fi) || fi == w || fi.Length == 0).ToArray();
        Assert.True(missing.Length == 0, "no Finnish for: " + string.Join(", ", missing));
        Assert.Equal(NameVocabulary.Default.Entries.Count, NameVocabulary.DefaultFinnish.Entries.Count);
    }
}
