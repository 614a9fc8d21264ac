namespace Personas.Data.Parsing;

/// <summary>
/// The floats of a column captured during the first pass while it still looks numeric, in chunks (no doubling
/// copies), with the cells that were not numbers. When the column turns out numeric, the second pass can skip it.
/// The first chunk starts small and doubles up to the chunk size, so that the many short columns of a wide file do not
/// each hold 256 KiB (10,000 columns of 200 rows took 2.6 GB before).
/// </summary>
internal sealed class CapturedNumbers
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int FirstSize = 256;

    private readonly List<float[]> _chunks = [];
    private int _count;

    /// <summary>The rows (0-based among structurally valid rows) whose cell was text or not finite, with the text.</summary>
    public List<(int Row, string Text)> BadCells { get; } = [];

    public void Add(float value)
    {
        var chunk = _count >> ChunkBits;
        var at = _count & (ChunkSize - 1);
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new float[chunk == 0 ? FirstSize : ChunkSize]);
        }
        else if (at == _chunks[chunk].Length)
        {
            // Only the first chunk grows (by doubling, up to the chunk size).
            var grown = new float[Math.Min(ChunkSize, 2 * at)];
            _chunks[chunk].AsSpan().CopyTo(grown);
            _chunks[chunk] = grown;
        }

        _chunks[chunk][at] = value;
        _count++;
    }

    public void AddBad(ReadOnlySpan<char> text)
    {
        BadCells.Add((_count, text.ToString()));
        Add(float.NaN);
    }

    /// <summary>The floats allocated so far (for tests: proportional to the count, not to the chunk size).</summary>
    internal long Capacity => _chunks.Sum(c => (long)c.Length);

    /// <summary>The values as one array of exactly <paramref name="rows"/> elements.</summary>
    public float[] ToArray(int rows)
    {
        var result = new float[rows];
        for (var i = 0; i < _chunks.Count; i++)
        {
            var start = i << ChunkBits;
            var n = Math.Min(_chunks[i].Length, rows - start);
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
