using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>
/// Reads records into a <see cref="CustomerTable"/> in two passes: the first profiles every column and decides its
/// role; the second parses each cell straight from its span into a typed array (floats for numbers, codes for levels).
/// </summary>
internal sealed partial class TableReader
{
    private const int ProgressEvery = 1 << 16;

    private readonly string _source;
    private readonly string[] _header;
    private readonly Func<IRecordSource> _open;
    private readonly CustomerReadOptions _o;
    private readonly IProgress<PersonasProgress>? _progress;
    private readonly Func<double>? _position;
    private readonly CancellationToken _ct;
    private readonly List<string> _notes;
    private readonly List<ExcludedRow> _exclusions = [];
    private readonly string? _delimiterHint;
    private readonly RowNumbers _lines = new();
    private readonly RowNumbers _ordinals = new();

    /// <param name="source">The source name for messages.</param>
    /// <param name="header">The column names (validated: unique, not blank).</param>
    /// <param name="open">Opens the records after the header; called once per pass.</param>
    /// <param name="o">The options.</param>
    /// <param name="notes">Notes so far (delimiter...).</param>
    /// <param name="delimiterHint">For delimited text, the delimiter in words (for the one-column message), else null.</param>
    /// <param name="progress">Progress sink.</param>
    /// <param name="position">The fraction of the input read so far, when known.</param>
    /// <param name="ct">Cancellation.</param>
    public TableReader(string source, string[] header, Func<IRecordSource> open, CustomerReadOptions o, List<string> notes, string? delimiterHint, IProgress<PersonasProgress>? progress, Func<double>? position, CancellationToken ct)
    {
        _source = source;
        _header = header;
        _open = open;
        _o = o;
        _notes = notes;
        _delimiterHint = delimiterHint;
        _progress = progress;
        _position = position;
        _ct = ct;
    }

    public CustomerTable Read()
    {
        var capture = _o.RowErrors == RowErrorPolicy.Exclude;
        var profiles = _header.Select((h, i) => new ColumnProfile(h, i, SchemaInference.LooksLikeId(h), _o.DateFormats?.GetValueOrDefault(h), capture)).ToArray();
        var (records, rows) = Profile(profiles);
        if (records == 0)
        {
            throw new PersonasDataException(_source, null, null, null, "expected at least one data row after the header; the file has a header only");
        }

        var id = SchemaInference.ChooseId(profiles, rows, _o, _notes);
        var plans = profiles.Select(p => SchemaInference.Decide(p, id, rows, _o)).ToArray();
        foreach (var p in profiles)
        {
            p.ForgetHashes();
        }

        return Fill(plans, id is null ? null : plans[id.Index], (int)rows);
    }

    private (long Records, long Rows) Profile(ColumnProfile[] profiles)
    {
        long records = 0;
        long rows = 0;
        long rowsWithMissing = 0;
        long mostlyBlank = 0;
        long? firstMostlyBlank = null;
        using var src = _open();
        while (src.ReadRecord())
        {
            records++;
            if (StructuralProblem(src) is { } problem)
            {
                if (!src.IsBlankRecord && _o.RowErrors == RowErrorPolicy.Fail)
                {
                    throw new PersonasDataException(_source, src.RecordLine, null, null, problem);
                }

                _exclusions.Add(new ExcludedRow(src.RecordLine, null, problem));
                continue;
            }

            rows++;
            _lines.Add(src.RecordLine);
            _ordinals.Add(records);
            var missing = 0;
            for (var c = 0; c < profiles.Length; c++)
            {
                missing += profiles[c].Observe(src.Field(c), _o.DecimalComma) ? 0 : 1;
            }

            if (missing > 0)
            {
                rowsWithMissing++;
                if (missing * 3 >= profiles.Length && profiles.Length > 1)
                {
                    mostlyBlank++;
                    firstMostlyBlank ??= src.RecordLine;
                }
            }

            if ((records % ProgressEvery) == 0)
            {
                _ct.ThrowIfCancellationRequested();
                Report("read: profile columns", 0.5 * (_position?.Invoke() ?? 0));
            }
        }

        Report("read: profile columns", 0.5);
        if (rowsWithMissing > 0)
        {
            _notes.Add($"{SchemaInference.Count(rowsWithMissing)} rows have missing values (kept: missing values are imputed later)"
                + (mostlyBlank > 0 ? $"; {SchemaInference.Count(mostlyBlank)} of them are mostly blank (a third or more of the cells missing; first on line {firstMostlyBlank})" : string.Empty));
        }

        if (rows > int.MaxValue - 64)
        {
            throw new PersonasDataException(_source, null, null, SchemaInference.Count(rows) + " rows", "expected at most 2,147,483,583 rows");
        }

        return (records, rows);
    }

    /// <summary>Why a record cannot be read at all (blank or ragged), or null.</summary>
    private string? StructuralProblem(IRecordSource src)
    {
        if (src.IsBlankRecord && _header.Length > 1)
        {
            return "blank line";
        }

        if (src.FieldCount == _header.Length)
        {
            return null;
        }

        if (_header.Length == 1 && _delimiterHint is not null)
        {
            throw new PersonasDataException(_source, src.RecordLine, null, src.FieldCount.ToString(CultureInfo.InvariantCulture) + " fields",
                $"1 field like the header: the header has a single column, so the delimiter ({_delimiterHint}) was probably guessed wrong; set the delimiter explicitly");
        }

        return $"expected {_header.Length} fields like the header, found {src.FieldCount}";
    }

    private void Report(string stage, double fraction) => _progress?.Report(new PersonasProgress(stage, Math.Clamp(fraction, 0, 1)));
}
