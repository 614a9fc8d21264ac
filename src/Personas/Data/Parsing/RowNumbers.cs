using System.Collections;

namespace Personas.Data.Parsing;

/// <summary>
/// Per-row numbers (line numbers, data row ordinals) that are usually consecutive: stored as a start value until the
/// first gap (a blank line, a multi-line record), then as an array. Saves 8 bytes per row for ordinary files.
/// </summary>
internal sealed class RowNumbers
{
    private List<long>? _values;
    private long _first;

    public int Count { get; private set; }

    public void Add(long value)
    {
        if (_values is null)
        {
            if (Count == 0)
            {
                _first = value;
            }

            if (value == _first + Count)
            {
                Count++;
                return;
            }

            _values = new List<long>(Math.Max(16, Count * 2));
            for (var i = 0; i < Count; i++)
            {
                _values.Add(_first + i);
            }
        }

        _values.Add(value);
        Count++;
    }

    public long this[int index] => _values is null ? _first + index : _values[index];

    /// <summary>The numbers of the kept rows, as a list that needs no array when they are consecutive.</summary>
    public IReadOnlyList<long> Pick(int[] keep, int rows)
    {
        if (_values is null && keep.Length == rows)
        {
            return new Consecutive(_first, rows);
        }

        var result = new long[keep.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            result[i] = this[keep[i]];
        }

        return result;
    }

    /// <summary>first, first + 1, ... without storage.</summary>
    private sealed class Consecutive(long first, int count) : IReadOnlyList<long>
    {
        public int Count => count;

        public long this[int index] => (uint)index < (uint)count ? first + index : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<long> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return first + i;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
