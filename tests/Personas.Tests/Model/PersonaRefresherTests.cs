using Personas.Data;
using Personas.Model;
using Personas.Profiling;
using Personas.Segmentation;

namespace Personas.Tests.Model;

public class PersonaRefresherTests
{
    private static readonly SegmentationOptions Fixed3 = new() { K = 3, StabilityResamples = 0, Restarts = 3 };

    private static readonly Lazy<(PersonaModel Model, PersonaSet Personas, SegmentationResult Segmentation)> Previous =
        new(() => ModelTestData.BuildProfiled(ModelTestData.Table(600, seed: 3), Fixed3, new Dictionary<string, PersonaOverride> { ["P2"] = new("Our best customers", "They pay the bills") }));

    [Fact]
    public void Refresh_SameDataShuffled_KeepsEveryIdNameAndCustomer()
    {
        var (previous, _, _) = Previous.Value;
        var table = ModelTestData.Table(600, seed: 3);
        var before = ModelTestData.Assignments(previous, table);
        var result = PersonaRefresher.Refresh(previous, ModelTestData.Shuffle(table, 11), new RefreshOptions { Segmentation = Fixed3, Clock = new ModelTestData.FixedClock(ModelTestData.Now) });
        AssertSamePersonas(previous, result);
        Assert.Empty(result.Drift.Born);
        Assert.Empty(result.Drift.Retired);
        Assert.Empty(result.Drift.Split);
        Assert.Empty(result.Drift.Merged);
        var after = ModelTestData.Assignments(result.Model, table);
        Assert.True(before.Count(kv => after[kv.Key] == kv.Value) >= 0.99 * before.Count);
        Assert.True(result.Drift.Migration.ChangedShare < 0.01);
        Assert.Equal("previousModel", result.Drift.Migration.Basis);
    }

    [Fact]
    public void Refresh_AnotherSeed_KeepsEveryIdAndName()
    {
        var (previous, _, _) = Previous.Value;
        var result = PersonaRefresher.Refresh(previous, ModelTestData.Table(600, seed: 3), new RefreshOptions { Segmentation = Fixed3 with { Seed = 12345 } });
        AssertSamePersonas(previous, result);
        Assert.All(result.Drift.Matches, m => Assert.True(m.Distance < 0.2 * result.Drift.MatchThreshold / 0.6));
    }

    [Fact]
    public void Refresh_KeepsUserOverrides_ByPersonaId()
    {
        var (previous, _, _) = Previous.Value;
        var result = PersonaRefresher.Refresh(previous, ModelTestData.Table(600, seed: 4), new RefreshOptions { Segmentation = Fixed3 });
        var p2 = result.Model["P2"];
        Assert.Equal("Our best customers", p2.Name);
        Assert.Equal("Our best customers", p2.NameOverride);
        Assert.Equal("They pay the bills", p2.Tagline);
        Assert.Equal("Our best customers", result.Personas["P2"].Name);
    }

    [Fact]
    public void Refresh_GroupReplacedByANewOne_ReportsBornRetiredAndMigration()
    {
        var (previous, _, _) = Previous.Value;
        var oldTable = ModelTestData.Table(600, seed: 3);
        var retiredId = previous.AssignAll(oldTable)[2].PersonaId; // row 2 is in the (income 55, age 65) group
        // Next quarter: groups 0 and 1 continue with the same customer ids; group 2 is gone and young high earners appear.
        var rowIds = Enumerable.Range(0, 600).Select(i => i % 3 == 2 ? 10_000 + i : 1 + i).ToArray();
        var table = ModelTestData.Table([(30, 25, 0), (80, 45, 1), (130, 22, 2)], 600, seed: 5, rowIds: rowIds);
        var result = PersonaRefresher.Refresh(previous, table, new RefreshOptions
        {
            Segmentation = Fixed3,
            PreviousAssignments = ModelTestData.Assignments(previous, oldTable),
        });
        var drift = result.Drift;
        Assert.Equal(2, drift.Matches.Count);
        Assert.Equal([retiredId], drift.Retired);
        Assert.Equal(["P4"], drift.Born);
        Assert.Equal(4, result.Model.NextPersonaNumber - 1);
        Assert.Equal(400, drift.Migration.CustomersInBoth);
        Assert.True(drift.Migration.ChangedShare < 0.02);
        Assert.Equal("previousAssignments", drift.Migration.Basis);
        Assert.Contains(drift.Personas, p => p.Id == "P4" && p.Status == "born" && p.PreviousShare is null);
        Assert.Contains(drift.Personas, p => p.Id == retiredId && p.Status == "retired" && p.CurrentShare is null);
    }

    [Fact]
    public void Refresh_PersonaWithHigherIncome_ReportsAPositiveTraitShift()
    {
        var (previous, _, _) = Previous.Value;
        var oldTable = ModelTestData.Table(600, seed: 3);
        var shiftedId = previous.AssignAll(oldTable)[0].PersonaId; // row 0 is in the (income 30, age 25) group
        var table = ModelTestData.Table([(40, 25, 0), (80, 45, 1), (55, 65, 2)], 600, seed: 6);
        var result = PersonaRefresher.Refresh(previous, table, new RefreshOptions { Segmentation = Fixed3 });
        var shifted = Assert.Single(result.Drift.Personas, p => p.Id == shiftedId);
        Assert.Equal("matched", shifted.Status);
        var income = Assert.Single(shifted.TraitShifts, t => t.Feature == "income");
        Assert.True(income.EffectSize > 1, $"d = {income.EffectSize}"); // +10 on a within-group SD of 5: about d = 2
        Assert.Equal(income, shifted.TraitShifts[0]);
        Assert.True(shifted.CentroidMovement > 0);
    }

    [Fact]
    public void Refresh_RefitPlan_StillMatchesInThePreviousFeatureSpace()
    {
        var (previous, _, _) = Previous.Value;
        var result = PersonaRefresher.Refresh(previous, ModelTestData.Table(600, seed: 7, incomeShift: 3), new RefreshOptions { Segmentation = Fixed3, RefitPlan = true });
        AssertSamePersonas(previous, result);
    }

    [Fact]
    public void Refresh_PersonaDividedInTwo_IsReportedAsSplit()
    {
        var (previous, _, _) = Previous.Value;
        var oldTable = ModelTestData.Table(600, seed: 3);
        var seniorsId = previous.AssignAll(oldTable)[2].PersonaId; // the (income 55, age 65) group
        // The seniors now come in two income bands; without previous assignments the previous model places this
        // quarter's customers, and both bands land in the old seniors persona.
        var table = ModelTestData.Table([(30, 25, 0), (80, 45, 1), (35, 65, 2), (75, 65, 2)], 800, seed: 10);
        var result = PersonaRefresher.Refresh(previous, table, new RefreshOptions { Segmentation = Fixed3 with { K = 4 } });
        var split = Assert.Single(result.Drift.Split);
        Assert.Equal(seniorsId, split.PreviousId);
        Assert.Equal(2, split.Into.Count);
        Assert.Contains(split.Into, id => result.Drift.Born.Contains(id));
        Assert.Empty(result.Drift.Merged);
    }

    [Fact]
    public void Refresh_TwoPersonasLandingInOne_IsReportedAsMerged()
    {
        var (previous, _, _) = Previous.Value;
        var oldTable = ModelTestData.Table(600, seed: 3);
        var old = previous.AssignAll(oldTable);
        var (richId, seniorsId) = (old[1].PersonaId, old[2].PersonaId);
        // This quarter two groups: the young (same customers as before) and well-off middle-aged customers, who are the
        // previous well-off customers plus the previous seniors (ids of rows 1, 2, 4, 5, ... of last quarter).
        var youngIds = Enumerable.Range(0, 200).Select(j => 1 + (3 * j)).ToArray();
        var otherIds = Enumerable.Range(0, 400).Select(j => 1 + (3 * (j / 2)) + 1 + (j % 2)).ToArray();
        var rowIds = Enumerable.Range(0, 600).Select(i => i % 3 == 0 ? youngIds[i / 3] : otherIds[(i / 3 * 2) + (i % 3) - 1]).ToArray();
        var table = ModelTestData.Table([(30, 25, 0), (80, 45, 1), (80, 45, 1)], 600, seed: 11, rowIds: rowIds);
        var result = PersonaRefresher.Refresh(previous, table, new RefreshOptions
        {
            Segmentation = Fixed3 with { K = 2 },
            PreviousAssignments = ModelTestData.Assignments(previous, oldTable),
        });
        var merge = Assert.Single(result.Drift.Merged);
        Assert.Equal(richId, merge.CurrentId);
        Assert.Equal(new[] { richId, seniorsId }.Order(PersonaIdComparer.Instance), merge.From);
        Assert.Equal([seniorsId], result.Drift.Retired);
        Assert.Equal(600, result.Drift.Migration.CustomersInBoth);
    }

    [Fact]
    public void Refresh_Cancelled_Throws()
    {
        var (previous, _, _) = Previous.Value;
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PersonaRefresher.Refresh(previous, ModelTestData.Table(300, seed: 1), null, null, cts.Token));
    }

    private static void AssertSamePersonas(PersonaModel previous, RefreshResult result)
    {
        Assert.Equal(previous.Personas.Count, result.Drift.Matches.Count);
        Assert.All(result.Drift.Matches, m => Assert.Equal(m.PreviousId, m.CurrentId));
        Assert.Equal(
            previous.Personas.Select(p => (p.Id, p.Name)).Order(),
            result.Model.Personas.Select(p => (p.Id, p.Name)).Order());
        Assert.Equal(result.Model.Personas.Select(p => (p.Id, p.Name)), result.Personas.Personas.Select(p => (p.Id, p.Name)));
        Assert.Equal(previous.NextPersonaNumber, result.Model.NextPersonaNumber);
    }

    /// <summary>Two numeric columns, three groups along a line (row i in group i mod 3); the middle group sits at <paramref name="middle"/>.</summary>
    private static CustomerTable Line((double Income, double Age) middle, int n = 600, int seed = 5)
    {
        var random = new Random(seed);
        var groups = new[] { (30.0, 25.0), middle, (80.0, 65.0) };
        var income = new float[n];
        var age = new float[n];
        for (var i = 0; i < n; i++)
        {
            var (gi, ga) = groups[i % 3];
            income[i] = (float)(gi + (4 * ((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5)));
            age[i] = (float)(ga + (4 * ((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5)));
        }

        return new CustomerTable(
            "customers.csv",
            "customer_id",
            Enumerable.Range(1, n).Select(i => "C" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            Enumerable.Range(2, n).Select(l => (long)l).ToArray(),
            [CustomerColumn.FromNumbers("income", ColumnRole.Numeric, income, "numbers"), CustomerColumn.FromNumbers("age", ColumnRole.Numeric, age, "numbers")],
            []);
    }

    [Fact]
    public void Refresh_KeptPersonaThatLostItsTraits_IsNamedAndFlaggedNoClearProfile_AndGetsANameBackWhenItRegainsThem()
    {
        // Last quarter the middle group was older and richer than the rest; this quarter it sits exactly between the
        // other two groups, so nothing sets it apart: it keeps its id, but not its old name.
        var before = Line((70, 55));
        var (previous, previousSet, _) = ModelTestData.BuildProfiled(before, Fixed3);
        var id = previous.AssignAll(before)[1].PersonaId;
        Assert.NotEmpty(previousSet[id].Traits);
        Assert.NotEqual("No clear profile", previous[id].Name);

        // The match distance is given: this test is about names, not about how far a persona may move.
        var result = PersonaRefresher.Refresh(previous, Line((55, 45), seed: 6), new RefreshOptions { Segmentation = Fixed3, MatchDistance = 3 });

        Assert.Contains(result.Drift.Matches, m => m.CurrentId == id);
        var unclear = result.Personas[id];
        Assert.Empty(unclear.Traits);
        Assert.Equal("No clear profile", unclear.Name);
        Assert.Equal("No clear profile", result.Model[id].Name);
        Assert.Equal("No clear profile: close to the average customer on every feature.", unclear.Tagline);
        Assert.Contains(unclear.Warnings, w => w.StartsWith("No clear profile", StringComparison.Ordinal));
        Assert.Contains(result.Personas.Warnings, w => w.StartsWith($"1 of the personas ({id}) have no clear profile", StringComparison.Ordinal));
        Assert.All(result.Personas.Personas.Where(p => p.Id != id), p => Assert.NotEqual("No clear profile", p.Name));
        Assert.Single(result.Personas.Warnings, w => w.Contains("no clear profile", StringComparison.Ordinal));

        // The quarter after, the group moves away again: it gets a generated name, not the flag.
        var again = PersonaRefresher.Refresh(result.Model, Line((70, 55), seed: 7), new RefreshOptions { Segmentation = Fixed3, MatchDistance = 3 });
        Assert.Contains(again.Drift.Matches, m => m.CurrentId == id);
        Assert.NotEmpty(again.Personas[id].Traits);
        Assert.DoesNotContain("No clear profile", again.Personas[id].Name, StringComparison.Ordinal);
        Assert.DoesNotContain(again.Personas.Warnings, w => w.Contains("no clear profile", StringComparison.Ordinal));
    }
}
