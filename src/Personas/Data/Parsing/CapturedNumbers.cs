namespace Personas.Data.Parsing;

/// <summary>
/// The floats of a column captured during the first pass while it still looks numeric, in chunks (no doubling
/// copies), with the cells that were not numbers. When the column turns out numeric, the second pass can skip it.
/// </summary>
internal sealed class CapturedNumbers
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<float[]> _chunks = [];
    private int _count;

    /// <summary>The rows (0-based among structurally valid rows) whose cell was text or not finite, with the text.</summary>
    public List<(int Row, string Text)> BadCells { get; } = [];

    public void Add(float value)
    {
        if ((_count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new float[ChunkSize]);
        }

        _chunks[_count >> ChunkBits][_count & (ChunkSize - 1)] = value;
        _count++;
    }

    public void AddBad(ReadOnlySpan<char> text)
    {
        BadCells.Add((_count, text.ToString()));
        Add(float.NaN);
    }

    /// <summary>The values as one array of exactly <paramref name="rows"/> elements.</summary>
    public float[] ToArray(int rows)
    {
        var result = new float[rows];
        for (var i = 0; i < _chunks.Count; i++)
        {
            var start = i << ChunkBits;
            var n = Math.Min(ChunkSize, rows - start);
            if (n <= 0)
            {
                break;
            }

            _chunks[i].AsSpan(0, n).CopyTo(result.AsSpan(start));
            _chunks[i] = [];
        }

        return result;
    }
}
