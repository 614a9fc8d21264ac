using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Personas.Features;

namespace Personas.Tests.Features;

public class OrderStatisticsTests
{
    [Property(MaxTest = 300)]
    public Property Quantile_BySelection_EqualsQuantileOfSortedValues()
    {
        var values = Gen.Choose(-50, 50).Select(v => v / 4.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        var qs = Gen.Elements(0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0).ToArbitrary();
        return Prop.ForAll(values, qs, (a, q) =>
        {
            var sorted = a.OrderBy(v => v).ToArray();
            return Stats.Quantile(a.ToArray(), q) == Stats.QuantileSorted(sorted, q);
        });
    }

    [Fact]
    public void Select_OnAdversarialOrders_FindsEveryRank()
    {
        // Sorted, reversed, all equal, organ pipe and few distinct values: the inputs that make plain quickselect slow.
        var n = 5001;
        var inputs = new[]
        {
            Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, n).Select(i => (double)(n - i)).ToArray(),
            Enumerable.Repeat(3.0, n).ToArray(),
            Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i)).ToArray(),
            Enumerable.Range(0, n).Select(i => (double)(i % 3)).ToArray(),
        };
        foreach (var input in inputs)
        {
            var sorted = input.OrderBy(v => v).ToArray();
            foreach (var rank in new[] { 0, 1, n / 4, n / 2, n - 2, n - 1 })
            {
                var copy = input.ToArray();
                Assert.Equal(sorted[rank], OrderStatistics.Select<double>(copy, rank));
                Assert.All(copy[..rank], v => Assert.True(v <= sorted[rank]));
                Assert.All(copy[(rank + 1)..], v => Assert.True(v >= sorted[rank]));
            }
        }
    }

    [Fact]
    public void Select_Longs_AsJourneyMediansUseIt()
    {
        long[] values = [9, 1, 8, 2, 7, 3];
        Assert.Equal(8, OrderStatistics.Select<long>(values, 4)); // sorted: 1 2 3 7 8 9
    }
}
