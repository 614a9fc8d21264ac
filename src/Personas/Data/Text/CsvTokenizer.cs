using System.Text;

namespace Personas.Data.Text;

/// <summary>
/// Streams RFC 4180 records from text: quoted fields with embedded delimiters, doubled quotes and newlines;
/// CRLF, LF or CR line ends. Fields of the current record are exposed as spans over one reusable buffer, so
/// reading allocates no per-cell strings. Tracks the physical line each record starts on.
/// </summary>
internal sealed class CsvTokenizer : Personas.Data.Parsing.IRecordSource
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly string _source;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly System.Buffers.SearchValues<char> _plainStops;
    private readonly System.Buffers.SearchValues<char> _quotedStops = System.Buffers.SearchValues.Create("\"\r\n");
    private int _pos;
    private int _len;
    private bool _eof;
    private long _line = 1;

    // The current record: field text in _fieldSource (the read buffer itself for a plain record inside it, else
    // _fieldChars where quoted or buffer-crossing fields are assembled), boundaries in _fieldStarts/_fieldEnds.
    private char[] _fieldChars = new char[1024];
    private char[] _fieldSource;
    private int _fieldCharCount;
    private int[] _fieldStarts = new int[64];
    private int[] _fieldEnds = new int[64];
    private bool[] _fieldQuoted = new bool[64];
    private int _fieldCount;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="reader">The text; disposed with the tokenizer.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="source">The source name for error messages.</param>
    /// <param name="maxFieldLength">The longest field accepted, in characters (a guard against unbounded memory on a broken quote).</param>
    public CsvTokenizer(TextReader reader, char delimiter, string source, int maxFieldLength = DefaultMaxFieldLength)
    {
        _reader = reader;
        _delimiter = delimiter;
        _fieldSource = _fieldChars;
        _plainStops = System.Buffers.SearchValues.Create(new string([delimiter, '"', '\r', '\n']));
        _source = source;
        MaxFieldLength = maxFieldLength;
    }

    /// <summary>The default longest field, in characters (16 Mi).</summary>
    public const int DefaultMaxFieldLength = 16 * 1024 * 1024;

    /// <summary>The longest field accepted, in characters.</summary>
    public int MaxFieldLength { get; }

    /// <summary>The longest record accepted, in characters plus fields (4 fields' worth): bounds the memory of a record of many fields as the field limit bounds one field.</summary>
    public long MaxRecordLength => 4L * MaxFieldLength;

    /// <summary>The physical line on which the current record starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The text of a field of the current record (quotes removed, doubled quotes undone).</summary>
    public ReadOnlySpan<char> Field(int index) => new(_fieldSource, _fieldStarts[index], _fieldEnds[index] - _fieldStarts[index]);

    /// <summary>True when the field was quoted in the input.</summary>
    public bool IsQuoted(int index) => _fieldQuoted[index];

    /// <summary>The field as a new string.</summary>
    public string FieldString(int index) => Field(index).ToString();

    /// <summary>True when the current record is a blank line (one empty, unquoted field).</summary>
    public bool IsBlankRecord => _fieldCount == 1 && _fieldEnds[0] == _fieldStarts[0] && !_fieldQuoted[0];

    /// <summary>Reads the next record.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="PersonasDataException">An unterminated quote, a field longer than the limit, or bytes that are not valid text.</exception>
    public bool ReadRecord()
    {
        _fieldCount = 0;
        _fieldCharCount = 0;
        if (!EnsureData())
        {
            return false;
        }

        RecordLine = _line;
        if (TryReadPlainRecord())
        {
            return true;
        }

        _fieldSource = _fieldChars;
        var fieldStart = 0;
        var quoted = false;
        var inQuotes = false;
        var afterQuote = false;
        var quoteLine = 0L;
        while (true)
        {
            if (!EnsureData())
            {
                if (inQuotes)
                {
                    throw new PersonasDataException(_source, quoteLine, null, null, "expected a closing quote (\") before the end of the file; the quoted field starting here is never closed");
                }

                EndField(fieldStart, quoted);
                return true;
            }

            // Fast path: copy the run of ordinary characters up to the next special one in one go.
            var rest = new ReadOnlySpan<char>(_buffer, _pos, _len - _pos);
            var stop = inQuotes ? rest.IndexOfAny(_quotedStops) : rest.IndexOfAny(_plainStops);
            var run = stop < 0 ? rest.Length : stop;
            if (run > 0)
            {
                afterQuote = false;
                AppendRun(rest[..run], fieldStart);
                _pos += run;
                if (stop < 0)
                {
                    continue;
                }
            }

            var c = _buffer[_pos++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (!EnsureData() || _buffer[_pos] != '"')
                    {
                        inQuotes = false;
                        afterQuote = true;
                        continue;
                    }

                    _pos++;
                    Append('"', fieldStart);
                }
                else
                {
                    if (c == '\n' || (c == '\r' && !(EnsureData() && _buffer[_pos] == '\n')))
                    {
                        _line++;
                    }

                    Append(c, fieldStart);
                }

                continue;
            }

            if (c == _delimiter)
            {
                EndField(fieldStart, quoted);
                fieldStart = _fieldCharCount;
                quoted = false;
                afterQuote = false;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && EnsureData() && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                _line++;
                EndField(fieldStart, quoted);
                return true;
            }

            if (c == '"' && _fieldCharCount == fieldStart && !quoted)
            {
                inQuotes = true;
                quoted = true;
                quoteLine = _line;
                continue;
            }

            if (afterQuote)
            {
                // Lenient like most spreadsheet exports: text after a closing quote is kept ("ab"c -> abc).
                afterQuote = false;
            }

            Append(c, fieldStart);
        }
    }

    /// <summary>Copies the current record's fields into a list of strings.</summary>
    public void CopyFields(List<string> destination)
    {
        destination.Clear();
        for (var i = 0; i < _fieldCount; i++)
        {
            destination.Add(FieldString(i));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private void AppendRun(ReadOnlySpan<char> run, int fieldStart)
    {
        if (_fieldCharCount - fieldStart + run.Length > MaxFieldLength)
        {
            throw new PersonasDataException(_source, RecordLine, null, null, $"expected fields of at most {MaxFieldLength} characters (is a quote left open?)");
        }

        CheckRecordLength(run.Length);
        if (_fieldCharCount + run.Length > _fieldChars.Length)
        {
            Array.Resize(ref _fieldChars, Math.Max(_fieldChars.Length * 2, _fieldCharCount + run.Length));
        }

        run.CopyTo(_fieldChars.AsSpan(_fieldCharCount));
        _fieldCharCount += run.Length;
    }

    private void Append(char c, int fieldStart)
    {
        if (_fieldCharCount - fieldStart >= MaxFieldLength)
        {
            throw new PersonasDataException(_source, RecordLine, null, null, $"expected fields of at most {MaxFieldLength} characters (is a quote left open?)");
        }

        if (_fieldCharCount == _fieldChars.Length)
        {
            CheckRecordLength(1);
            Array.Resize(ref _fieldChars, _fieldChars.Length * 2);
        }

        _fieldChars[_fieldCharCount++] = c;
    }

    /// <summary>
    /// The fast path: a record with no quote that ends inside the current buffer is delimited in place, with no copy.
    /// Anything else (a quote, the buffer's end, an over-long field) leaves the position unchanged for the general loop.
    /// </summary>
    private bool TryReadPlainRecord()
    {
        var buf = _buffer;
        var len = _len;
        var d = _delimiter;
        var i = _pos;
        var fieldStart = i;
        var n = 0;
        while (i < len)
        {
            var c = buf[i];
            if (c == d)
            {
                AddPlainField(n++, fieldStart, i);
                fieldStart = ++i;
                continue;
            }

            if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 >= len)
                {
                    break;
                }

                AddPlainField(n++, fieldStart, i);
                i += c == '\r' && buf[i + 1] == '\n' ? 2 : 1;
                if (i - _pos > MaxFieldLength)
                {
                    break;
                }

                _pos = i;
                _line++;
                _fieldCount = n;
                _fieldSource = buf;
                return true;
            }

            if (c == '"')
            {
                break;
            }

            i++;
        }

        _fieldCount = 0;
        return false;
    }

    private void AddPlainField(int n, int start, int end)
    {
        if (n == _fieldEnds.Length)
        {
            GrowFields();
        }

        _fieldStarts[n] = start;
        _fieldEnds[n] = end;
        _fieldQuoted[n] = false;
    }

    private void GrowFields()
    {
        Array.Resize(ref _fieldStarts, _fieldStarts.Length * 2);
        Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        Array.Resize(ref _fieldQuoted, _fieldQuoted.Length * 2);
    }

    private void CheckRecordLength(int more)
    {
        if (_fieldCharCount + (long)_fieldCount + more > MaxRecordLength)
        {
            throw new PersonasDataException(_source, RecordLine, null, null, $"expected records of at most {MaxRecordLength} characters and fields (is a line break missing?); reading stopped there");
        }
    }

    private void EndField(int fieldStart, bool quoted)
    {
        if (_fieldCount == _fieldEnds.Length)
        {
            CheckRecordLength(1);
            GrowFields();
        }

        // _fieldChars may have been replaced by a larger array while this record was read.
        _fieldSource = _fieldChars;
        _fieldStarts[_fieldCount] = fieldStart;
        _fieldEnds[_fieldCount] = _fieldCharCount;
        _fieldQuoted[_fieldCount] = quoted;
        _fieldCount++;
    }

    private bool EnsureData()
    {
        if (_pos < _len)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        try
        {
            _len = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            throw new PersonasDataException(_source, _line, null, null, "expected UTF-8 text; found bytes that are not valid UTF-8 (save the file as UTF-8)", e);
        }

        _pos = 0;
        if (_len == 0)
        {
            _eof = true;
            return false;
        }

        return true;
    }
}
