using Personas.Data.Parsing;

namespace Personas.Tests.Data;

public class CapturedNumbersTests
{
    [Fact]
    public void ShortColumn_AllocatesAboutItsLengthNotAWholeChunk()
    {
        // A wide file's column of 200 rows: 256 floats, not 65,536 (10,000 such columns took 2.6 GB).
        var captured = new CapturedNumbers();
        for (var i = 0; i < 200; i++)
        {
            captured.Add(i);
        }

        Assert.Equal(256, captured.Capacity);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (float)i), captured.ToArray(200));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(257)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(200_000)]
    public void Values_RoundTripAcrossTheGrowingFirstChunkAndFullChunks(int count)
    {
        var captured = new CapturedNumbers();
        for (var i = 0; i < count; i++)
        {
            if (i % 1_000 == 7)
            {
                captured.AddBad("x");
            }
            else
            {
                captured.Add(i * 0.5f);
            }
        }

        Assert.True(captured.Capacity <= Math.Max(256, 2L * count));
        var values = captured.ToArray(count);
        Assert.Equal(count, values.Length);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i % 1_000 == 7 ? float.NaN : i * 0.5f, values[i]);
        }

        Assert.Equal(Enumerable.Range(0, count).Where(i => i % 1_000 == 7), captured.BadCells.Select(b => b.Row));
    }
}
