using System.Collections;
using System.Text;

namespace Personas.Data.Parsing;

/// <summary>
/// Customer ids stored compactly: the UTF-8 bytes of every id in a few large blocks (each id prefixed with its length)
/// and one 8-byte position per row; strings are made on demand. Ten million ids of 11 characters take about 200 MB
/// instead of about 560 MB as strings, and a garbage collection has a few arrays to walk instead of ten million
/// objects. Immutable once filled; <see cref="Pick"/> shares the blocks.
/// </summary>
internal sealed class CompactIds : IReadOnlyList<string>
{
    private const int BlockBits = 26; // 64 MiB blocks: no single array near the 2 GB limit, however many ids
    private const int BlockSize = 1 << BlockBits;
    private const int FirstBlock = 4096;

    private readonly List<byte[]> _blocks;
    private readonly long[] _positions; // block << BlockBits | offset of the length prefix; -1 when the row has no id
    private int _used;

    /// <summary>Room for <paramref name="rows"/> ids, none set yet.</summary>
    public CompactIds(int rows)
    {
        _blocks = [];
        _positions = new long[rows];
        Array.Fill(_positions, -1L);
    }

    private CompactIds(List<byte[]> blocks, long[] positions)
    {
        _blocks = blocks;
        _positions = positions;
    }

    public int Count => _positions.Length;

    /// <summary>The id of a row (null when it was never set: a row excluded for a missing id).</summary>
    public string this[int index] => _positions[index] < 0 ? null! : Encoding.UTF8.GetString(Utf8(index));

    /// <summary>Stores the id of a row; false when the text is not valid Unicode (a lone surrogate), which UTF-8 cannot hold exactly.</summary>
    public bool Set(int row, ReadOnlySpan<char> id)
    {
        var length = Encoding.UTF8.GetByteCount(id);
        var need = length + 5;
        if (need > BlockSize)
        {
            return false; // over 64 MB: no customer id
        }

        var block = Room(need);
        var start = _used;
        var at = start;
        var n = (uint)length;
        while (n >= 0x80)
        {
            block[at++] = (byte)(n | 0x80);
            n >>= 7;
        }

        block[at++] = (byte)n;
        if (System.Text.Unicode.Utf8.FromUtf16(id, block.AsSpan(at, length), out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        _used = at + written;
        _positions[row] = ((long)(_blocks.Count - 1) << BlockBits) | (uint)start;
        return true;
    }

    /// <summary>The UTF-8 bytes of a row's id (empty when it has none).</summary>
    public ReadOnlySpan<byte> Utf8(int row)
    {
        var p = _positions[row];
        if (p < 0)
        {
            return default;
        }

        var block = _blocks[(int)(p >> BlockBits)];
        var at = (int)(p & (BlockSize - 1));
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = block[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return block.AsSpan(at, length);
    }

    /// <summary>The ids of the kept rows (this list itself when every row is kept); the blocks are shared.</summary>
    public CompactIds Pick(int[] keep)
    {
        if (keep.Length == _positions.Length)
        {
            return this;
        }

        var positions = new long[keep.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            positions[i] = _positions[keep[i]];
        }

        return new CompactIds(_blocks, positions);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A block with room for <paramref name="need"/> more bytes at <see cref="_used"/>: the first block grows by doubling up to the block size, later ones are full-size (an id never straddles two blocks).</summary>
    private byte[] Room(int need)
    {
        if (_blocks.Count > 0)
        {
            var last = _blocks[^1];
            if (_used + need <= last.Length)
            {
                return last;
            }

            if (_blocks.Count == 1 && last.Length < BlockSize && _used + need <= BlockSize)
            {
                var grown = new byte[Math.Min(BlockSize, Math.Max(2L * last.Length, _used + need))];
                last.AsSpan(0, _used).CopyTo(grown);
                _blocks[0] = grown;
                return grown;
            }
        }

        var size = _blocks.Count == 0 ? Math.Max(FirstBlock, need) : BlockSize;
        var fresh = new byte[size];
        _blocks.Add(fresh);
        _used = 0;
        return fresh;
    }
}
