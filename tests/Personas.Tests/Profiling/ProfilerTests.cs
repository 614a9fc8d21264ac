using Personas.Data;
using Personas.Profiling;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

public class ProfilerTests
{
    [Fact]
    public void Profile_PlantedPersonas_FindsEachPlantedTraitAmongTopTraits()
    {
        var set = PlantedSet();

        static IEnumerable<string> Top(Persona p, TraitDirection d) => p.Traits.Where(t => t.Direction == d).Take(4).Select(t => t.Level is null ? t.Feature : $"{t.Feature}={t.Level}");
        Assert.Contains("Income", Top(set["P1"], TraitDirection.Higher));
        Assert.Contains("MntWines", Top(set["P1"], TraitDirection.Higher));
        Assert.Contains("preferred_channel=store", Top(set["P1"], TraitDirection.Higher));
        Assert.Contains("Kidhome", Top(set["P1"], TraitDirection.Lower));
        Assert.Contains("NumDealsPurchases", Top(set["P2"], TraitDirection.Higher));
        Assert.Contains("Kidhome", Top(set["P2"], TraitDirection.Higher));
        Assert.Contains("Income", Top(set["P2"], TraitDirection.Lower));
        Assert.Contains("Recency", Top(set["P3"], TraitDirection.Higher));
        Assert.Contains("app_user=yes", Top(set["P3"], TraitDirection.Higher));
    }

    [Fact]
    public void Profile_PlantedPersonas_NamesAreMeaningfulAndDistinct()
    {
        var set = PlantedSet();

        Assert.Equal(["High-income wine lovers", "Budget-conscious deal hunters", "Lapsed app users", "Small group"], set.Personas.Select(p => p.Name));
        Assert.Equal(set.Personas.Count, set.Personas.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Profile_SizesSharesAndValue_AddUp()
    {
        var set = PlantedSet();

        Assert.Equal(660, set.TotalCustomers);
        Assert.Equal([300, 200, 150, 10], set.Personas.Select(p => p.Size));
        Assert.Equal(1.0, set.Personas.Sum(p => p.Share), 12);
        Assert.Equal(["P1", "P2", "P3", "P4"], set.Personas.Select(p => p.Id));
        Assert.Equal("revenue_12m", set.ValueColumn);
        Assert.Contains(set.Notes, n => n.Contains("revenue_12m", StringComparison.Ordinal) && n.Contains("detected", StringComparison.Ordinal));
        var p1 = set["P1"];
        Assert.Equal(p1.ValueShare!.Value / p1.Share, p1.ValuePerCustomerRatio!.Value, 9);
        Assert.True(p1.ValueShare > p1.Share);
    }

    [Fact]
    public void Profile_ValueColumnGiven_UsesItAndTheUnknownOneThrows()
    {
        var planted = PlantedPersonas();

        var set = Profiler.Profile(planted.Table, planted.Labels, planted.K, new ProfilingOptions { ValueColumn = "MntWines" });

        Assert.Equal("MntWines", set.ValueColumn);
        Assert.Equal("ProfilingOptions.ValueColumn", Assert.Throws<OptionValueException>(() => Profiler.Profile(planted.Table, planted.Labels, planted.K, new ProfilingOptions { ValueColumn = "nope" })).ParamName);
        Assert.Contains("a numeric money column", Assert.Throws<OptionValueException>(() => Profiler.Profile(planted.Table, planted.Labels, planted.K, new ProfilingOptions { ValueColumn = "preferred_channel" })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_NoMoneyColumn_SaysSoAndLeavesValueSharesNull()
    {
        var table = Table(Numeric("x", Enumerable.Range(0, 60).Select(i => (double)i)));
        var labels = Enumerable.Range(0, 60).Select(i => i < 30 ? 0 : 1).ToArray();

        var set = Profiler.Profile(table, labels, 2);

        Assert.Null(set.ValueColumn);
        Assert.All(set.Personas, p => Assert.Null(p.ValueShare));
        Assert.Contains(set.Notes, n => n.StartsWith("Value column: none (no value column: no numeric column is named like revenue", StringComparison.Ordinal));
        Assert.StartsWith("no value column", set.ValueReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_SmallPersona_GetsOnlySizeAndANote()
    {
        var p4 = PlantedSet()["P4"];

        Assert.False(p4.IsDetailed);
        Assert.Equal(10, p4.Size);
        Assert.Empty(p4.Traits);
        Assert.Empty(p4.Comparisons);
        Assert.Empty(p4.Centroid);
        Assert.Null(p4.ValueShare);
        Assert.Single(p4.Narrative);
        Assert.Contains(p4.Warnings, w => w.Contains("Only 10 customers", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_Centroid_IsInOriginalUnitsInColumnOrder()
    {
        var set = PlantedSet();
        var c = set["P1"].Centroid;

        Assert.Equal(["Income", "MntWines", "NumDealsPurchases", "Kidhome", "Recency", "revenue_12m", "age", "preferred_channel", "app_user"], c.Keys);
        Assert.InRange(c["Income"].Mean!.Value, 75000, 86000);
        Assert.Equal("store", c["preferred_channel"].Level);
        Assert.Equal("no", c["app_user"].Level);
        Assert.DoesNotContain("comment", c.Keys);
    }

    [Fact]
    public void Profile_PlantedNoise_IsNeverATrait()
    {
        // Age is drawn from the same distribution for every persona.
        var set = PlantedSet();

        Assert.All(set.Personas, p => Assert.DoesNotContain(p.Traits, t => t.Feature == "age"));
        Assert.Contains(set["P1"].Comparisons, t => t.Feature == "age");
    }

    [Fact]
    public void Profile_TraitRules_KeepOnlySignificantNonNegligibleEffectsRankedBySize()
    {
        var set = PlantedSet(new ProfilingOptions { MinEffectSize = 0.5, MaxTraits = 3 });

        foreach (var p in set.Personas.Where(p => p.IsDetailed))
        {
            Assert.All(p.Traits, t => Assert.True(t.QValue < 0.05 && Math.Abs(t.EffectSize) >= 0.5));
            Assert.True(p.HigherTraits.Count() <= 3 && p.LowerTraits.Count() <= 3);
            var higher = p.HigherTraits.Select(t => t.EffectSize).ToArray();
            Assert.Equal(higher.OrderByDescending(x => x), higher);
            var excluded = p.Comparisons.Where(t => Math.Abs(t.EffectSize) < 0.5 || t.QValue >= 0.05);
            Assert.All(excluded, t => Assert.DoesNotContain(t, p.Traits));
        }
    }

    [Fact]
    public void Profile_QValues_AreBenjaminiHochbergOverAllTestsOfTheSet()
    {
        var set = PlantedSet();
        var all = set.Personas.SelectMany(p => p.Comparisons).ToArray();

        Assert.Equal(set.TestCount, all.Length);
        var expected = EffectStatistics.BenjaminiHochberg(all.Select(t => t.PValue).ToArray());
        Assert.Equal(expected, all.Select(t => t.QValue));
        Assert.All(all, t => Assert.True(t.QValue >= t.PValue));
    }

    [Fact]
    public void Profile_SameInput_GivesEqualResults()
    {
        var a = PlantedSet();
        var b = PlantedSet();

        Assert.Equal(a.Personas.Select(p => p.Name), b.Personas.Select(p => p.Name));
        Assert.Equal(a.Personas.SelectMany(p => p.Traits), b.Personas.SelectMany(p => p.Traits));
        Assert.Equal(a.Personas.SelectMany(p => p.Narrative), b.Personas.SelectMany(p => p.Narrative));
    }

    [Fact]
    public void Profile_QualityInput_IsCarriedToEachPersona()
    {
        var set = PlantedSet();

        Assert.Equal(new PersonaQuality(0.52, 0.93), set["P1"].Quality);
        Assert.Contains("P3 is unstable across resamples (Jaccard 0.55).", set["P3"].Warnings);
        Assert.Equal(PersonaQuality.None, set["P4"].Quality);
    }

    [Fact]
    public void Profile_BadArguments_Throw()
    {
        var table = Table(Numeric("x", [1, 2, 3]));

        Assert.Throws<ArgumentException>(() => Profiler.Profile(table, [0, 1], 2));
        Assert.Throws<ArgumentException>(() => Profiler.Profile(table, [0, 1, 2], 2));
        Assert.Throws<ArgumentException>(() => Profiler.Profile(table, [0, -1, 1], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Profiler.Profile(table, [0, 0, 0], 0));
        Assert.Throws<ArgumentException>(() => Profiler.Profile(table, [0, 1, 1], 2, quality: [new(0.1, 0.2)]));
        Assert.Equal("ProfilingOptions.SignificanceLevel", Assert.Throws<OptionValueException>(() => Profiler.Profile(table, [0, 1, 1], 2, new ProfilingOptions { SignificanceLevel = 0 })).ParamName);
        Assert.Throws<ArgumentException>(() => Profiler.Profile(table, [0, 1, 1], 2, new ProfilingOptions { Columns = ["missing"] }));
    }

    [Fact]
    public void Profile_AllMissingOrConstantColumns_DoNotBreakAnything()
    {
        var table = Table(
            Numeric("empty", Enumerable.Repeat(double.NaN, 50)),
            Numeric("constant", Enumerable.Repeat(5.0, 50)),
            Categorical("none", ["a"], Enumerable.Repeat(-1, 50)));
        var labels = Enumerable.Range(0, 50).Select(i => i % 2).ToArray();

        var set = Profiler.Profile(table, labels, 2, new ProfilingOptions { MinPersonaSize = 5 });

        Assert.All(set.Personas, p => Assert.Empty(p.Traits));
        Assert.All(set.Personas, p => Assert.InRange(p.Narrative.Count, 3, 6));
        Assert.Equal(["No clear profile", "No clear profile (P2)"], set.Personas.Select(p => p.Name));

        // Flagged on each card, and counted in the quality warnings of the set (the build's warnings, the report).
        Assert.All(set.Personas, p => Assert.Contains(p.Warnings, w => w.StartsWith("No clear profile", StringComparison.Ordinal)));
        Assert.All(set.Personas, p => Assert.Equal("No clear profile: close to the average customer on every feature.", p.Tagline));
        Assert.Contains("2 of the personas (P1 and P2) have no clear profile", Assert.Single(set.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_OnlyOnePersona_HasNoComparisonsButStillACard()
    {
        var table = Table(Numeric("x", Enumerable.Range(0, 30).Select(i => (double)i)));

        var set = Profiler.Profile(table, new int[30], 1);

        Assert.Single(set.Personas);
        Assert.Empty(set["P1"].Comparisons);
        Assert.True(set["P1"].IsDetailed);
        Assert.Equal(14.5, set["P1"].Centroid["x"].Mean!.Value, 9);
        Assert.DoesNotContain(set["P1"].Warnings, w => w.StartsWith("Only", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_IgnoredAndTextColumns_AreNotProfiled()
    {
        var set = PlantedSet();

        Assert.DoesNotContain(set.Personas.SelectMany(p => p.Comparisons), t => t.Feature == "comment");
    }

    [Fact]
    public void Profile_ColumnsOption_RestrictsAndNotesUnusableOnes()
    {
        var planted = PlantedPersonas();

        var set = Profiler.Profile(planted.Table, planted.Labels, planted.K, new ProfilingOptions { Columns = ["Income", "comment"] });

        Assert.All(set.Personas.SelectMany(p => p.Comparisons), t => Assert.Equal("Income", t.Feature));
        Assert.Contains(set.Notes, n => n.Contains("'comment' not profiled", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_MissingValues_AreLeftOutOfEachComparison()
    {
        var set = PlantedSet();
        var income = set["P1"].Comparisons.Single(t => t.Feature == "Income");
        var channel = set["P1"].Comparisons.First(t => t.Feature == "preferred_channel");

        Assert.Equal(659, income.PersonaCount + income.RestCount);
        Assert.Equal(659, channel.PersonaCount + channel.RestCount);
    }

    [Fact]
    public void Profile_DateColumns_AreComparedAsNumbers()
    {
        var days = Enumerable.Range(0, 40).Select(i => i < 20 ? 10.0 + (i % 5) : 100.0 + (i % 5));
        var table = Table(CustomerColumn.FromNumbers("Dt_Customer", ColumnRole.Date, days.Select(d => (float)d).ToArray(), "date"));
        var labels = Enumerable.Range(0, 40).Select(i => i < 20 ? 0 : 1).ToArray();

        var set = Profiler.Profile(table, labels, 2);

        Assert.Equal(TraitKind.Numeric, Assert.Single(set["P1"].Traits).Kind);
    }

    [Fact]
    public void Profile_ReportsProgressPerColumnUpToOne()
    {
        var planted = PlantedPersonas();
        var reports = new List<PersonasProgress>();

        Profiler.Profile(planted.Table, planted.Labels, planted.K, progress: new SyncProgress(reports.Add));

        Assert.All(reports, r => Assert.Equal("profile", r.Stage));
        Assert.Equal(0, reports[0].Fraction);
        Assert.Equal(1, reports[^1].Fraction);
        Assert.Equal(reports.Select(r => r.Fraction).Order(), reports.Select(r => r.Fraction));
        Assert.Equal(10, reports.Count); // start + 9 profiled columns
    }

    [Fact]
    public void Profile_Cancelled_Throws()
    {
        var planted = PlantedPersonas();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Profiler.Profile(planted.Table, planted.Labels, planted.K, cancellationToken: cts.Token));
    }

    private sealed class SyncProgress(Action<PersonasProgress> report) : IProgress<PersonasProgress>
    {
        public void Report(PersonasProgress value) => report(value);
    }

    [Fact]
    public void Profile_Finnish_WithoutADictionary_NamesFromTheBuiltInWords_AndReadableLabels()
    {
        // Mall-customers-like columns, no data dictionary: young big spenders and older cautious spenders.
        var random = new Random(3);
        var labels = Enumerable.Range(0, 200).Select(i => i % 2).ToArray();
        var table = Table(
            Numeric("Age", labels.Select(l => (l == 0 ? 25.0 : 55.0) + (random.NextDouble() * 6))),
            Numeric("Spending Score (1-100)", labels.Select(l => (l == 0 ? 80.0 : 20.0) + (random.NextDouble() * 10))),
            Categorical("Genre", ["Male", "Female"], labels.Select(_ => random.Next(2))));

        var fi = Profiler.Profile(table, labels, 2, new ProfilingOptions { Language = ReportLanguage.Finnish, MinPersonaSize = 5 });
        var en = Profiler.Profile(table, labels, 2, new ProfilingOptions { MinPersonaSize = 5 });

        Assert.Equal(["Young big spenders", "Mature cautious spenders"], en.Personas.Select(p => p.Name));
        Assert.Equal(["Nuoret paljon kuluttavat", "Varttuneet säästäväiset"], fi.Personas.Select(p => p.Name));
        Assert.Equal("Spending score (1–100)", fi.Personas[0].Words.Title("Spending Score (1-100)"));
        Assert.Contains(en.Personas[0].Narrative, s => s.Contains("spending score (1–100)", StringComparison.Ordinal));
    }

    [Fact]
    public void Tagline_LeavesOutTheOtherLevelOfAColumnThePersonaHolds()
    {
        var random = new Random(4);
        var labels = Enumerable.Range(0, 200).Select(i => i % 2).ToArray();
        var table = Table(
            Numeric("Age", labels.Select(l => (l == 0 ? 25.0 : 55.0) + (random.NextDouble() * 6))),
            Categorical("Genre", ["Male", "Female"], labels.Select(l => l)));

        var set = Profiler.Profile(table, labels, 2, new ProfilingOptions { MinPersonaSize = 5 });

        Assert.Contains(set.Personas[0].Traits, t => t.Feature == "Genre" && t.Direction == TraitDirection.Lower); // the mirror is a trait on the card
        Assert.All(set.Personas, p => Assert.DoesNotContain("less often genre", p.Tagline, StringComparison.Ordinal));
        Assert.StartsWith("Customers who have genre “Male”", set.Personas[0].Tagline, StringComparison.Ordinal);
    }
}
