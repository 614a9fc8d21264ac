using Personas.Features;

namespace Personas.Tests.Features;

public class FloatRadixSortTests
{
    [Theory]
    [InlineData(5_000, 1)]
    [InlineData(100_000, 2)]
    [InlineData(262_147, 3)]
    public void Sort_EqualsAComparisonSort_OnFloatsOfEverySignAndScale(int n, int seed)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = (i % 7) switch
            {
                0 => 0.0,
                1 => -0.0,
                2 => random.Next(-5, 6), // many ties
                3 => (float)(random.NextDouble() * 1e-30),
                4 => -(float)(random.NextDouble() * 3e38),
                5 => float.MaxValue * (random.Next(2) == 0 ? 1 : -1),
                _ => (float)((random.NextDouble() - 0.5) * 1e6),
            };
        }

        var expected = (double[])values.Clone();
        Array.Sort(expected);
        FloatRadixSort.Sort(values);
        for (var i = 0; i < n; i++)
        {
            Assert.True(expected[i] == values[i], $"position {i}: {values[i]} instead of {expected[i]}");
        }

        // -0 before +0 among the zeros.
        var zeros = values.Select((v, i) => (v, i)).Where(p => p.v == 0).ToArray();
        Assert.True(zeros.TakeWhile(p => double.IsNegative(p.v)).Count() == zeros.Count(p => double.IsNegative(p.v)));
    }

    [Fact]
    public void Sort_OneDigitTheSameEverywhere_SkipsThatPassAndStillSorts()
    {
        // Integers 0..9999 as floats share their low mantissa bytes (zero): the passes over them are skipped.
        var values = Enumerable.Range(0, 10_000).Select(i => (double)((i * 7919) % 10_000)).ToArray();
        FloatRadixSort.Sort(values);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (double)i), values);
    }

    [Fact]
    public void Sort_ValuesThatAreNotFloats_FallBackToAComparisonSort()
    {
        var values = Enumerable.Range(0, 10_000).Select(i => ((i * 7919) % 10_000) + 0.1).ToArray();
        FloatRadixSort.Sort(values);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => i + 0.1), values);
    }
}
