using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Personas.Profiling;

namespace Personas.Tests.Profiling;

public class GroupMediansTests
{
    private static double? SortedMedian(IEnumerable<float> values)
    {
        var v = values.OrderBy(x => x).ToArray();
        return v.Length == 0 ? null : ((double)v[(v.Length - 1) / 2] + v[v.Length / 2]) / 2;
    }

    [Property(MaxTest = 300)]
    public Property Compute_EqualsMediansOfSortedGroups()
    {
        // Few distinct values (ties), negatives, zeros, missing values, and wide ranges that span many buckets.
        var value = Gen.OneOf(
            Gen.Choose(-6, 6).Select(v => (float)v),
            Gen.Choose(-100000, 100000).Select(v => v / 7f),
            Gen.Elements(float.NaN, float.PositiveInfinity, 0f, 1e30f, -1e-30f));
        var rows = Gen.Zip(value, Gen.Choose(0, 3)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        return Prop.ForAll(rows, data =>
        {
            var x = data.Select(r => r.Item1).ToArray();
            var labels = data.Select(r => r.Item2).ToArray();
            var wanted = new[] { true, true, false, true };
            var (persona, rest) = GroupMedians.Compute(x, labels, 4, wanted);
            for (var c = 0; c < 4; c++)
            {
                var mine = Enumerable.Range(0, x.Length).Where(i => labels[i] == c && float.IsFinite(x[i])).Select(i => x[i]);
                var others = Enumerable.Range(0, x.Length).Where(i => labels[i] != c && float.IsFinite(x[i])).Select(i => x[i]);
                if (!wanted[c])
                {
                    if (persona[c] is not null || rest[c] is not null)
                    {
                        return false;
                    }

                    continue;
                }

                if (persona[c] != SortedMedian(mine) || rest[c] != SortedMedian(others))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(200, 8)] // a wide file's short column: 256 buckets per persona, not 65,536
    [InlineData(257, 9)]
    [InlineData(45_211, 16)]
    [InlineData(1_000_000, 16)]
    public void BucketBits_AboutOneBucketPerValueWithin8To16Bits(int count, int bits) =>
        Assert.Equal(bits, GroupMedians.BucketBits(count));

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    [InlineData(120_000)]
    public void Compute_EveryBucketSize_EqualsMediansOfSortedGroups(int n)
    {
        var random = new Random(n);
        var x = Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 1000) - 300).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => random.Next(5)).ToArray();
        var (persona, rest) = GroupMedians.Compute(x, labels, 5, [true, true, true, true, true]);
        for (var c = 0; c < 5; c++)
        {
            Assert.Equal(SortedMedian(x.Where((_, i) => labels[i] == c)), persona[c]);
            Assert.Equal(SortedMedian(x.Where((_, i) => labels[i] != c)), rest[c]);
        }
    }

    [Fact]
    public void Compute_AllValuesInOneBucket_StillExact()
    {
        // 20,000 values within [100, 100.5): one top-16-bit bucket, so the gathered slice holds every value.
        var random = new Random(3);
        var x = Enumerable.Range(0, 20_000).Select(_ => 100f + (random.Next(5000) / 10000f)).ToArray();
        var labels = Enumerable.Range(0, x.Length).Select(i => i % 3).ToArray();
        var (persona, rest) = GroupMedians.Compute(x, labels, 3, [true, true, true]);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(SortedMedian(x.Where((_, i) => labels[i] == c)), persona[c]);
            Assert.Equal(SortedMedian(x.Where((_, i) => labels[i] != c)), rest[c]);
        }
    }

    [Fact]
    public void Profile_OneOrManyThreads_IdenticalPersonas()
    {
        var planted = ProfilingFixtures.PlantedPersonas();
        var one = Profiler.ProfileWith(planted.Table, planted.Labels, planted.K, null, null, null, 1, default);
        var many = Profiler.ProfileWith(planted.Table, planted.Labels, planted.K, null, null, null, 4, default);
        Assert.Equal(one.Personas.SelectMany(p => p.Comparisons), many.Personas.SelectMany(p => p.Comparisons));
        Assert.Equal(one.Personas.SelectMany(p => p.Centroid.Select(kv => (kv.Key, kv.Value))), many.Personas.SelectMany(p => p.Centroid.Select(kv => (kv.Key, kv.Value))));
        Assert.Equal(one.Personas.Select(p => p.Name), many.Personas.Select(p => p.Name));
        Assert.Equal(one.Personas.SelectMany(p => p.Narrative), many.Personas.SelectMany(p => p.Narrative));
    }
}
