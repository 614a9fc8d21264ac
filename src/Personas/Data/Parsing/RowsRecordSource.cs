namespace Personas.Data.Parsing;

/// <summary>Records from rows of strings already in memory (objects, data views); null cells are missing.</summary>
internal sealed class RowsRecordSource : IRecordSource
{
    private readonly IReadOnlyList<string?[]> _rows;
    private readonly IReadOnlyList<long>? _lines;
    private int _index = -1;

    public RowsRecordSource(IReadOnlyList<string?[]> rows, IReadOnlyList<long>? lines = null)
    {
        _rows = rows;
        _lines = lines;
    }

    /// <summary>The 1-based item number.</summary>
    public long RecordLine => _lines?[_index] ?? _index + 1;

    public int FieldCount => _rows[_index].Length;

    public bool IsBlankRecord => false;

    public bool ReadRecord() => ++_index < _rows.Count;

    public ReadOnlySpan<char> Field(int index) => _rows[_index][index];

    public void Dispose()
    {
    }
}
