using Personas.Profiling;
using Personas.Samples;

namespace Personas.Tests.Samples;

/// <summary>Quarters after 1: each follows the one before it, and the planted changes accumulate (data-samples/README.md).</summary>
public class SampleLaterQuarterTests
{
    [Fact]
    public void Quarter1_IsTheDocumentedNextQuarter()
    {
        // data-samples/README.md (seed 2025): 4,129 customers in both quarters, 126 of whom switched persona.
        var change = SampleFixture.Quarter1.Change!;
        Assert.Equal(1, change.Quarter);
        Assert.Equal(4129, change.CustomersInBoth);
        Assert.Equal(126, change.SwitchedCustomerIds.Count);
    }

    [Fact]
    public void Quarter2_FollowsQuarter1_StudentsGrowDealHuntersShrinkAndFamiliesReturnLess()
    {
        var (q1, q2) = (SampleFixture.Quarter1, SampleFixture.Quarter2);
        var change = q2.Change!;
        Assert.Equal(2, change.Quarter);
        Assert.Null(change.RemovedPersona);
        Assert.Null(change.AddedPersona);
        Assert.Equal("Busy families", change.ShiftedPersona);
        Assert.Equal(["return_rate"], change.ShiftedTraits.Select(t => t.Column));
        Assert.Equal(TraitDirection.Lower, change.ShiftedTraits[0].Direction);
        Assert.Equal(q1.PersonaNames.Order(), q2.PersonaNames.Order());

        // Customers present in both quarters keep their persona except the documented switchers.
        var before = q1.Customers.ToDictionary(c => c.CustomerId, c => c.Persona);
        var both = q2.Customers.Where(c => before.ContainsKey(c.CustomerId)).ToList();
        Assert.Equal(change.CustomersInBoth, both.Count);
        Assert.Equal(change.SwitchedCustomerIds, both.Where(c => before[c.CustomerId] != c.Persona).Select(c => c.CustomerId));
        Assert.InRange(change.SwitchedCustomerIds.Count / (double)both.Count, 0.015, 0.045);

        // New customers get ids above every earlier quarter's.
        var maxQ1 = q1.Customers.Select(c => c.CustomerId).Max(StringComparer.Ordinal)!;
        Assert.All(q2.Customers.Where(c => !before.ContainsKey(c.CustomerId)), c => Assert.True(string.CompareOrdinal(c.CustomerId, maxQ1) > 0, c.CustomerId));

        Assert.Equal(0.16, Share(q2, "Student newcomers"), 2);
        Assert.Equal(0.20, Share(q2, "Digital deal hunters"), 2);
        var returns = Mean(q1, "Busy families", c => c.ReturnRate) - Mean(q2, "Busy families", c => c.ReturnRate);
        Assert.InRange(returns, 0.04, 0.06);
        foreach (var other in q2.PersonaNames.Where(p => p != "Busy families"))
        {
            Assert.InRange(Mean(q2, other, c => c.ReturnRate) - Mean(q1, other, c => c.ReturnRate), -0.01, 0.01);
        }
    }

    [Fact]
    public void Quarter5_AccumulatesTheChangesOfEveryQuarterBefore()
    {
        var (q1, q2, q5) = (SampleFixture.Quarter1, SampleFixture.Quarter2, SampleFixture.Quarter5);
        Assert.Equal(5, q5.Change!.Quarter);
        Assert.DoesNotContain("Lapsed one-timers", q5.PersonaNames);                 // quarter 1
        Assert.Contains("Student newcomers", q5.PersonaNames);                      // quarter 1
        Assert.Equal(0.16, Share(q5, "Student newcomers"), 2);                       // quarter 2
        Assert.InRange(Mean(q5, "Busy families", c => c.ReturnRate), 0.13, 0.17);   // quarter 2
        Assert.Equal(0.17, Share(q5, "Digital deal hunters"), 2);                    // quarters 3-5: a point less each
        Assert.Equal(0.17, Share(q5, "Omnichannel enthusiasts"), 2);

        // Loyal store regulars went digital in quarter 1 and again in quarters 3 and 4.
        double App(SampleData d) => Mean(d, "Loyal store regulars", c => c.AppUser ? 1 : 0);
        double Store(SampleData d) => Mean(d, "Loyal store regulars", c => c.PreferredChannel == "store" ? 1 : 0);
        Assert.True(App(q5) - App(q2) >= 0.10, $"app users {App(q2):P0} -> {App(q5):P0}");
        Assert.True(Store(q2) - Store(q5) >= 0.04, $"store {Store(q2):P0} -> {Store(q5):P0}");
        Assert.True(App(q2) - App(q1) is > -0.06 and < 0.06, "no digital step in quarter 2");

        // The events of quarter N cover the year starting 3N months after 1 January 2025.
        var start = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.All(q5.Events, e => Assert.InRange(e.Timestamp, start.AddDays(-1), start.AddDays(366)));
    }

    [Fact]
    public void LaterQuarters_AfterTheLastChange_OnlyRedrawAndSwitch()
    {
        var q9 = SampleGenerator.Generate(new SampleOptions { Customers = 1000, Quarter = 9 });
        Assert.Null(q9.Change!.ShiftedPersona);
        Assert.Empty(q9.Change.ShiftedTraits);
        Assert.Equal(0.14, q9.Personas.Single(p => p.Name == "Digital deal hunters").Share, 9);
        Assert.Equal(1000, q9.Customers.Count);
        Assert.Equal(1000, q9.Customers.Select(c => c.CustomerId).Distinct().Count());
    }

    private static double Share(SampleData d, string persona) => d.Customers.Count(c => c.Persona == persona) / (double)d.Customers.Count;

    private static double Mean(SampleData d, string persona, Func<SampleCustomer, double> value) => d.Customers.Where(c => c.Persona == persona).Average(value);
}
