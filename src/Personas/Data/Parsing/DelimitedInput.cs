using System.Globalization;
using System.Text;
using Personas.Data.Text;

namespace Personas.Data.Parsing;

/// <summary>Delimited text opened for reading: the delimiter chosen, the header read and checked.</summary>
internal sealed class DelimitedInput
{
    private readonly Func<TextReader> _openText;

    private DelimitedInput(string source, Func<TextReader> openText, char delimiter, string[] header, long headerLine)
    {
        Source = source;
        _openText = openText;
        Delimiter = delimiter;
        Header = header;
        HeaderLine = headerLine;
    }

    public string Source { get; }

    public char Delimiter { get; }

    public string[] Header { get; }

    public long HeaderLine { get; }

    /// <summary>Chooses the delimiter, reads and checks the header.</summary>
    /// <param name="source">The source name for messages.</param>
    /// <param name="openText">Opens the text from its start (called once per pass).</param>
    /// <param name="peek">The first lines, for delimiter detection.</param>
    /// <param name="delimiter">The delimiter from the options, or null to detect.</param>
    /// <param name="notes">Where the delimiter decision is noted.</param>
    public static DelimitedInput Open(string source, Func<TextReader> openText, IReadOnlyList<string> peek, char? delimiter, List<string> notes)
    {
        char d;
        if (delimiter is { } given)
        {
            d = given;
            notes.Add($"delimiter: {DelimiterDetector.Name(d)} (set by the options)");
        }
        else
        {
            var (detected, reason) = DelimiterDetector.Detect(peek);
            d = detected;
            notes.Add("delimiter: " + reason);
        }

        using var tokens = new CsvTokenizer(openText(), d, source);
        if (!tokens.ReadRecord())
        {
            throw new PersonasDataException(source, null, null, null, "expected a header line with column names; the file is empty");
        }

        var header = new string[tokens.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = tokens.Field(i).Trim().TrimStart('\uFEFF').ToString();
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (name.Length == 0)
            {
                throw new PersonasDataException(source, tokens.RecordLine, number, string.Empty,
                    tokens.IsBlankRecord ? "expected a header line with column names; the first line is blank" : $"expected a name for every column; header field {number} is blank");
            }

            if (!seen.TryAdd(name, i))
            {
                throw new PersonasDataException(source, tokens.RecordLine, number, name, $"expected unique column names; '{name}' is also column {seen[name] + 1}");
            }

            header[i] = name;
        }

        if (header.Length == 1)
        {
            CheckSingleColumn(source, header[0], tokens.RecordLine, delimiter, d);
            notes.Add($"one column only ('{header[0]}'); if the file uses another delimiter, set it explicitly");
        }

        return new DelimitedInput(source, openText, d, header, tokens.RecordLine);
    }

    /// <summary>Opens the records after the header.</summary>
    /// <param name="opened">Told the reader opened (for progress), or null.</param>
    public IRecordSource OpenRecords(Action<TextReader>? opened = null)
    {
        var text = _openText();
        opened?.Invoke(text);
        var t = new CsvTokenizer(text, Delimiter, Source);
        t.ReadRecord();
        return t;
    }

    private static void CheckSingleColumn(string source, string header, long line, char? given, char used)
    {
        foreach (var other in DelimiterDetector.Candidates.Append(':'))
        {
            if (other != used && header.Contains(other, StringComparison.Ordinal))
            {
                var how = given is null ? "no delimiter among comma, tab, semicolon and pipe splits it consistently" : $"it contains no {DelimiterDetector.Name(used)} (the delimiter set in the options)";
                throw new PersonasDataException(source, line, null, header,
                    $"expected several columns, but the header is one column: {how}; it looks separated by '{DelimiterDetector.Name(other)}': set the delimiter explicitly");
            }
        }
    }

    /// <summary>Wraps invalid bytes met outside the tokenizer.</summary>
    public static PersonasDataException InvalidText(string source, DecoderFallbackException e) =>
        new(source, null, null, null, "expected UTF-8 text; found bytes that are not valid UTF-8 (save the file as UTF-8)", e);
}
