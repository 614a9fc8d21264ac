using Personas.Samples;

namespace Personas.Tests.Samples;

public class SampleQuarterTests
{
    [Fact]
    public void Quarter1_RemovesLapsedOneTimersAndAddsStudentNewcomers()
    {
        var (q0, q1) = (SampleFixture.Quarter0, SampleFixture.Quarter1);
        Assert.Null(q0.Change);
        var change = Assert.IsType<SampleQuarterChange>(q1.Change);
        Assert.Equal("Lapsed one-timers", change.RemovedPersona);
        Assert.Equal("Student newcomers", change.AddedPersona);
        Assert.Equal("Loyal store regulars", change.ShiftedPersona);
        Assert.DoesNotContain(change.RemovedPersona!, q1.PersonaNames);
        Assert.Contains(change.RemovedPersona!, q0.PersonaNames);
        Assert.Contains(change.AddedPersona!, q1.PersonaNames);
        Assert.DoesNotContain(change.AddedPersona!, q0.PersonaNames);
        Assert.Equal(5, q0.PersonaNames.Intersect(q1.PersonaNames).Count());
        Assert.Equal(5000, q1.Customers.Count);
    }

    [Fact]
    public void Quarter1_ShiftsTheSizesOfTheContinuingPersonas()
    {
        var (q0, q1) = (SampleFixture.Quarter0, SampleFixture.Quarter1);
        var shifted = q0.Personas.Join(q1.Personas, a => a.Name, b => b.Name, (a, b) => Math.Abs(a.Share - b.Share)).ToList();
        Assert.Equal(5, shifted.Count);
        Assert.True(shifted.Count(d => d >= 0.01) >= 4, "at least four continuing personas change size by a point or more");
        Assert.True(shifted.Max() >= 0.03, "one persona changes size by three points or more");
    }

    [Fact]
    public void Quarter1_SharesMostIdsAndContinuingCustomersKeepTheirPersonaExceptTheDocumentedSwitchers()
    {
        var (q0, q1) = (SampleFixture.Quarter0, SampleFixture.Quarter1);
        var change = q1.Change!;
        var before = q0.Customers.ToDictionary(c => c.CustomerId, c => c.Persona);
        var both = q1.Customers.Where(c => before.ContainsKey(c.CustomerId)).ToList();
        Assert.Equal(change.CustomersInBoth, both.Count);
        Assert.True(both.Count >= 0.75 * q1.Customers.Count, $"{both.Count} customers in both quarters");
        Assert.DoesNotContain(both, c => before[c.CustomerId] == change.RemovedPersona);

        var switched = both.Where(c => before[c.CustomerId] != c.Persona).Select(c => c.CustomerId).ToList();
        Assert.Equal(change.SwitchedCustomerIds, switched);
        Assert.InRange(switched.Count / (double)both.Count, 0.015, 0.045);
    }

    [Fact]
    public void Quarter1_AddedPersonaHasOnlyNewIds()
    {
        var (q0, q1) = (SampleFixture.Quarter0, SampleFixture.Quarter1);
        var old = q0.Customers.Select(c => c.CustomerId).ToHashSet();
        var added = q1.Customers.Where(c => c.Persona == q1.Change!.AddedPersona).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, c => Assert.DoesNotContain(c.CustomerId, old));
        Assert.Equal(q1.Customers.Count, q1.Customers.Select(c => c.CustomerId).Distinct().Count());
    }

    [Fact]
    public void Quarter1_ShiftedPersonaMovesItsDocumentedTraitsAndOthersStayPut()
    {
        var (q0, q1) = (SampleFixture.Quarter0, SampleFixture.Quarter1);
        var change = q1.Change!;
        Assert.Equal(["app_user", "web_sessions_12m", "preferred_channel"], change.ShiftedTraits.Select(t => t.Column));

        double AppShare(SampleData d, string p) => SampleStats.Mean(d.Customers.Where(c => c.Persona == p).Select(c => c.AppUser ? 1.0 : 0.0));
        double Sessions(SampleData d, string p) => SampleStats.Median(d.Customers.Where(c => c.Persona == p).Select(c => (double)c.WebSessions12m));
        double StoreShare(SampleData d, string p) => SampleStats.Mean(d.Customers.Where(c => c.Persona == p).Select(c => c.PreferredChannel == "store" ? 1.0 : 0.0));
        double Discount(SampleData d, string p) => SampleStats.Mean(d.Customers.Where(c => c.Persona == p).Select(c => c.DiscountShare));

        var shifted = change.ShiftedPersona!;
        Assert.True(AppShare(q1, shifted) - AppShare(q0, shifted) >= 0.25);
        Assert.True(Sessions(q1, shifted) >= 2 * Sessions(q0, shifted));
        Assert.True(StoreShare(q0, shifted) - StoreShare(q1, shifted) >= 0.15);

        foreach (var other in q1.PersonaNames.Intersect(q0.PersonaNames).Where(p => p != shifted))
        {
            Assert.InRange(AppShare(q1, other) - AppShare(q0, other), -0.07, 0.07);
            Assert.InRange(Sessions(q1, other) / Sessions(q0, other), 0.85, 1.18);
            Assert.InRange(Discount(q1, other) - Discount(q0, other), -0.02, 0.02);
        }
    }

    [Fact]
    public void Quarter1_EventsCoverTheYearAfterTheFirstQuarter()
    {
        var events = SampleFixture.Quarter1.Events;
        Assert.True(events.Min(e => e.Timestamp) >= new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(events.Max(e => e.Timestamp) < new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
