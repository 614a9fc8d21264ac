using System.Text.Json;
using Personas.Features;
using Personas.Model;

namespace Personas.Tests.Model;

public class DriftAnalysisTests
{
    internal static readonly string[] Features = ["Income", "Region=North"];

    [Fact]
    public void CohensD_TwoSmallSamples_MatchesHandComputation()
    {
        // {1,2,3} vs {4,5,6}: means 2 and 5, sample SDs 1 and 1, pooled SD 1 -> d = 3.
        var sdPop = Math.Sqrt(2.0 / 3);
        Assert.Equal(3, DriftAnalysis.CohensD(2, sdPop, 3, 5, sdPop, 3), 12);
        Assert.True(double.IsNaN(DriftAnalysis.CohensD(1, 0, 5, 2, 0, 5)));
    }

    [Fact]
    public void Build_MatchesBornRetiredAndMigration_AreReported()
    {
        var report = SampleReport();
        Assert.Equal([new DriftMatch("P1", "P1", 0.5), new DriftMatch("P2", "P2", 0.25)], report.Matches);
        Assert.Equal(["P4"], report.Born);
        Assert.Equal(["P3"], report.Retired);
        Assert.Equal(100, report.Migration.CustomersInBoth);
        Assert.Equal(0.35, report.Migration.ChangedShare, 12); // 5 + 15 + 15 of 100 changed
        Assert.Equal(55, report.Migration.Matrix["P1"]["P1"]);
        Assert.Equal(["P1", "P2", "P4", "P3"], report.Personas.Select(p => p.Id));
        var p1 = report.Personas[0];
        Assert.Equal(DriftAnalysis.Matched, p1.Status);
        Assert.Equal(0.5, p1.PreviousShare);
        Assert.Equal(0.4, p1.CurrentShare);
        Assert.Equal("Income", Assert.Single(p1.TraitShifts).Feature);
        // (11 - 10) / sqrt((50 * 1 + 40 * 1) / (50 + 40 - 2)): population SDs 1 become sample variances n/(n-1).
        Assert.Equal(1 / Math.Sqrt(90.0 / 88), p1.TraitShifts[0].EffectSize, 12);
    }

    [Fact]
    public void Build_PersonaDividedBetweenTwo_IsSplit_AndTwoLandingInOne_AreMerged()
    {
        var report = SampleReport();
        // P3's 30 customers went 15/15 to P1 and P4: split. P3 (15/30 to P1) and P1 (55/60 stay) both land mostly in P1:
        // merged. P2 has only 10 customers in both quarters (fewer than 20): not judged.
        Assert.Equal("P3", Assert.Single(report.Split).PreviousId);
        Assert.Equal(["P1", "P4"], report.Split[0].Into);
        var merge = Assert.Single(report.Merged);
        Assert.Equal("P1", merge.CurrentId);
        Assert.Equal(["P1", "P3"], merge.From);
    }

    [Fact]
    public void ToJson_HasTheIssuesFieldsInStableOrder()
    {
        var json = DriftWriter.ToJson(SampleReport());
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(
            ["previousModel", "matchThreshold", "matches", "born", "retired", "split", "merged", "personas", "migration", "previousPeriod", "currentPeriod"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["previousId", "currentId", "distance"], root.GetProperty("matches")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["previousId", "into"], root.GetProperty("split")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["from", "currentId"], root.GetProperty("merged")[0].EnumerateObject().Select(p => p.Name));
        var persona = root.GetProperty("personas")[0];
        foreach (var field in new[] { "id", "previousShare", "currentShare", "traitShifts", "centroidMovement" })
        {
            Assert.True(persona.TryGetProperty(field, out _), field);
        }

        var migration = root.GetProperty("migration");
        Assert.Equal(100, migration.GetProperty("customersInBoth").GetInt32());
        Assert.Equal(0.35, migration.GetProperty("changedShare").GetDouble(), 12);
        Assert.Equal(15, migration.GetProperty("matrix").GetProperty("P3").GetProperty("P4").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("personas")[2].GetProperty("previousShare").ValueKind);
        Assert.Equal(json, DriftWriter.ToJson(SampleReport()));
    }

    [Fact]
    public void ToMarkdown_EscapesPersonaNames()
    {
        var md = DriftWriter.ToMarkdown(SampleReport());
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
        Assert.Contains("Store \\| regulars", md, StringComparison.Ordinal);
        Assert.Contains("## Customers present in both quarters", md, StringComparison.Ordinal);
    }

    /// <summary>Features read as plain means in their own units (no scaling).</summary>
    internal static FeatureMeaning[] Meanings(params string[] names) => [.. names.Select(n => new FeatureMeaning(n, n, null, FeatureMeasure.Mean, 1, 1, 0))];

    [Fact]
    public void Shifts_ShareThatMovedUnderTwoPoints_IsNotReported_EvenWithANearZeroSpread()
    {
        // The issue's case: email_open_rate (missing) 7.7% vs 7.6%. In z-units (centre 0.077, scale 0.267) the persona's
        // indicator means differ by 0.004 and, with tiny spreads, Cohen's d would have been large.
        var missing = new FeatureMeaning("email_open_rate (missing)", "email_open_rate", null, FeatureMeasure.MissingShare, 1, 0.267, 0.077);
        var before = new PersonaSnapshot("P1", "A", 500, 0.5, [(0.077 - 0.077) / 0.267], [0.001]);
        var after = new PersonaSnapshot("P1", "A", 500, 0.5, [(0.076 - 0.077) / 0.267], [0.001]);
        Assert.Empty(DriftAnalysis.Shifts([missing], before, after, new RefreshOptions()));

        var moved = after with { Mean = [(0.0 - 0.077) / 0.267] };
        var shift = Assert.Single(DriftAnalysis.Shifts([missing], before, moved, new RefreshOptions()));
        Assert.Equal(FeatureMeasure.MissingShare, shift.Measure);
        Assert.Equal(0.077, shift.PreviousValue, 9);
        Assert.Equal(0.0, shift.CurrentValue, 9);
        Assert.Equal(-2 * Math.Asin(Math.Sqrt(0.077)), shift.EffectSize, 9); // Cohen's h from 7.7% to 0%
    }

    [Fact]
    public void Shifts_MeanWithoutSpreadOnOneSide_GetsNoEffectSize()
    {
        // The issue's case: identical means over a near-zero spread gave d = -1.22.
        var level = new FeatureMeaning("x", "x", null, FeatureMeasure.Mean, 1, 1, 0);
        var before = new PersonaSnapshot("P4", "A", 700, 0.5, [-0.3960001], [1e-7]);
        var after = new PersonaSnapshot("P4", "A", 700, 0.5, [-0.396], [1e-7]);
        Assert.Empty(DriftAnalysis.Shifts([level], before, after, new RefreshOptions()));
        Assert.Empty(DriftAnalysis.Shifts([level], before with { StandardDeviation = [0.5] }, after with { Mean = [0.5] }, new RefreshOptions()));
        Assert.Single(DriftAnalysis.Shifts([level], before with { StandardDeviation = [0.5] }, after with { Mean = [0.5], StandardDeviation = [0.5] }, new RefreshOptions()));
    }

    [Fact]
    public void Shifts_AreReportedInTheDataUnits()
    {
        // web sessions: log1p, centre 3.5, scale 1.2, weight 2 (feature = (log1p(x) - 3.5) / 1.2 * 2); a level share 30% -> 50%.
        var sessions = new FeatureMeaning("web_sessions", "web_sessions", null, FeatureMeasure.TypicalValue, 2, 1.2 / 2, 3.5);
        var store = new FeatureMeaning("channel=store", "channel", "store", FeatureMeasure.Share, 1, 0.4, 0.3);
        double Encode(double sessionsTypical) => (Math.Log(1 + sessionsTypical) - 3.5) / 1.2 * 2;
        var before = new PersonaSnapshot("P2", "A", 400, 0.2, [Encode(6), 0], [1, 1]);
        var after = new PersonaSnapshot("P2", "A", 400, 0.2, [Encode(15), 0.5], [1, 1]);

        var shifts = DriftAnalysis.Shifts([sessions, store], before, after, new RefreshOptions()).ToDictionary(s => s.Column);
        Assert.Equal(6, shifts["web_sessions"].PreviousValue, 9);
        Assert.Equal(15, shifts["web_sessions"].CurrentValue, 9);
        Assert.Equal(FeatureMeasure.TypicalValue, shifts["web_sessions"].Measure);
        Assert.Equal(0.3, shifts["channel"].PreviousValue, 9);
        Assert.Equal(0.5, shifts["channel"].CurrentValue, 9);
        Assert.Equal("store", shifts["channel"].Level);
        Assert.True(shifts["channel"].IsShare);
    }

    internal static DriftReport SampleReport()
    {
        PersonaSnapshot[] previous =
        [
            new("P1", "Store | regulars", 50, 0.5, [10, 0.5], [1, 0.5]),
            new("P2", "Deal hunters", 20, 0.2, [0, 0], [1, 0.5]),
            new("P3", "Lapsed", 30, 0.3, [-10, 0], [1, 0.5]),
        ];
        PersonaSnapshot[] current =
        [
            new("P1", "Store | regulars", 40, 0.4, [11, 0.5], [1, 0.5]),
            new("P2", "Deal hunters", 35, 0.35, [0, 0.05], [1, 0.5]),
            new("P4", "<script>alert(1)</script>", 25, 0.25, [20, 20], [1, 0.5]),
        ];
        var migration = new List<(string, string)>();
        migration.AddRange(Enumerable.Repeat(("P1", "P1"), 55));
        migration.AddRange(Enumerable.Repeat(("P3", "P4"), 15));
        migration.AddRange(Enumerable.Repeat(("P1", "P2"), 5));
        migration.AddRange(Enumerable.Repeat(("P2", "P2"), 10));
        migration.AddRange(Enumerable.Repeat(("P3", "P1"), 15));
        return DriftAnalysis.Build(
            new DriftModelInfo("q1.persona.json", "sha256:" + new string('0', 64), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), 100),
            Meanings(Features),
            previous,
            current,
            [(0, 0, 0.5), (1, 1, 0.25)],
            4,
            migration,
            "previousAssignments",
            new RefreshOptions());
    }
}
