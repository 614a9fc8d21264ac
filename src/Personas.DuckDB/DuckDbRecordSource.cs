using System.Globalization;
using DuckDB.NET.Data;
using Personas.Data.Parsing;

namespace Personas.DuckDB;

/// <summary>
/// DuckDB rows as text records, so that typed columns go through the same role inference, parsing and row accounting as
/// CSV cells: numbers are written in their shortest round-trip form (a 32-bit float as itself), dates as ISO 8601,
/// booleans as true/false, NULL as a missing cell. A record's "line" is its row number plus one: the line the row would
/// have in a CSV export with a header.
/// </summary>
internal sealed class DuckDbRecordSource : IRecordSource
{
    private readonly DuckDBCommand _command;
    private readonly DbDataReaderAdapter _reader;
    private readonly DuckDbSource _source;
    private readonly Type[] _types;
    private readonly char[][] _buffers;
    private readonly int[] _lengths;
    private readonly string?[] _strings;
    private long _row;

    public DuckDbRecordSource(DuckDBCommand command, System.Data.Common.DbDataReader reader, DuckDbSource source)
    {
        _command = command;
        _reader = new DbDataReaderAdapter(reader);
        _source = source;
        FieldCount = reader.FieldCount;
        _types = Enumerable.Range(0, FieldCount).Select(reader.GetFieldType).ToArray();
        _buffers = Enumerable.Range(0, FieldCount).Select(_ => new char[64]).ToArray();
        _lengths = new int[FieldCount];
        _strings = new string?[FieldCount];
    }

    public long RecordLine => _row + 1;

    public int FieldCount { get; }

    public bool IsBlankRecord => false;

    public bool ReadRecord()
    {
        if (!DuckDbConnections.Run(_source, _reader.Read))
        {
            return false;
        }

        _row++;
        for (var i = 0; i < FieldCount; i++)
        {
            Render(i);
        }

        return true;
    }

    public ReadOnlySpan<char> Field(int index) => _strings[index] is { } s ? s.AsSpan() : _buffers[index].AsSpan(0, _lengths[index]);

    private void Render(int i)
    {
        _strings[i] = null;
        _lengths[i] = 0;
        var r = _reader.Inner;
        if (r.IsDBNull(i))
        {
            return;
        }

        var t = _types[i];
        var buffer = _buffers[i];
        int written;
        var ok = t == typeof(double) ? r.GetDouble(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : t == typeof(float) ? r.GetFloat(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : t == typeof(long) ? r.GetInt64(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : t == typeof(int) ? r.GetInt32(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : t == typeof(short) ? r.GetInt16(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : t == typeof(decimal) ? r.GetDecimal(i).TryFormat(buffer, out written, default, CultureInfo.InvariantCulture)
            : NotFormatted(out written);
        if (ok)
        {
            _lengths[i] = written;
            return;
        }

        _strings[i] = t == typeof(string) ? r.GetString(i) : CellText.Of(r.GetValue(i));
    }

    private static bool NotFormatted(out int written)
    {
        written = 0;
        return false;
    }

    public void Dispose()
    {
        _reader.Inner.Dispose();
        _command.Dispose();
    }

    /// <summary>Holds the reader so that its Read can be passed as a delegate.</summary>
    private sealed class DbDataReaderAdapter(System.Data.Common.DbDataReader inner)
    {
        public System.Data.Common.DbDataReader Inner { get; } = inner;

        public bool Read() => Inner.Read();
    }
}
