using System.Globalization;
using Personas.Data;
using Personas.Data.Parsing;
using Personas.Data.Text;

namespace Personas.Journeys;

/// <summary>Reads touchpoint events from CSV/TSV (optionally <c>.gz</c>) or from .NET objects into a sorted, columnar <see cref="EventLog"/>.</summary>
/// <example>
/// <code>
/// var log = EventLogReader.ReadFile("touchpoints.csv");
/// var map = JourneyAnalyzer.Analyze(log);
/// </code>
/// </example>
public static class EventLogReader
{
    /// <summary>Reads an event file.</summary>
    /// <param name="path">The CSV/TSV file, optionally gzip-compressed (<c>.gz</c>).</param>
    /// <param name="options">Column names and policies; null for the defaults.</param>
    /// <param name="progress">Receives progress (stage <c>read events</c>), or null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The sorted event log with every excluded row.</returns>
    /// <exception cref="PersonasDataException">The file is missing or unreadable, a required column is absent, or (with <see cref="RowErrorPolicy.Fail"/>) a row is bad.</exception>
    public static EventLog ReadFile(string path, EventReadOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new EventReadOptions();
        var name = Path.GetFileName(path);
        char delimiter;
        string delimiterNote;
        if (options.Delimiter is { } d)
        {
            delimiter = d;
            delimiterNote = $"delimiter '{DelimiterDetector.Name(d)}' given";
        }
        else
        {
            (delimiter, delimiterNote) = DelimiterDetector.Detect(TextSource.Peek(path));
        }

        long length = 0;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException)
        {
            // Progress is optional.
        }

        using var tokenizer = new CsvTokenizer(TextSource.Open(path), delimiter, name);
        if (!tokenizer.ReadRecord())
        {
            throw new PersonasDataException(name, 1, null, null, "expected a header line naming the columns; the file is empty");
        }

        var header = new List<string>();
        tokenizer.CopyFields(header);
        return ReadRecords(name, header, tokenizer, options, delimiterNote, rows => length > 0 ? rows * 40.0 / length : 0, progress, cancellationToken);
    }

    /// <summary>Reads events from records (a delimited file's tokenizer, or the rows of a Parquet file or SQL query).</summary>
    /// <param name="name">The source name for messages.</param>
    /// <param name="header">The column names.</param>
    /// <param name="records">The records after the header.</param>
    /// <param name="options">Column names and policies.</param>
    /// <param name="sourceNote">A note about the source (the delimiter, the query).</param>
    /// <param name="fraction">The approximate fraction read after some rows, for progress.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    internal static EventLog ReadRecords(string name, IReadOnlyList<string> header, IRecordSource records, EventReadOptions options, string sourceNote, Func<long, double> fraction, IProgress<PersonasProgress>? progress, CancellationToken cancellationToken)
    {
        var columns = new EventColumnMap(header.ToList(), options, name);
        var builder = new EventLogBuilder(name, columns.Stage >= 0, columns.Value >= 0, columns.Sequence >= 0, columns.Journey >= 0) { IdsAreCases = columns.IdsAreCases };
        builder.Note(sourceNote);
        builder.Note(columns.Describe());
        var reader = new EventRowReader(builder, options, name);
        long rows = 0;
        while (records.ReadRecord())
        {
            if (records.IsBlankRecord)
            {
                continue;
            }

            rows++;
            if ((rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Approximate for text: assumes an even line length.
                progress?.Report(new PersonasProgress("read events", Math.Min(0.99, fraction(rows))));
            }

            if (records.FieldCount < columns.Needed)
            {
                var id = columns.Customer < records.FieldCount ? records.Field(columns.Customer).ToString() : null;
                reader.Bad(records.RecordLine, id, null, null, $"expected at least {columns.Needed} fields, found {records.FieldCount}");
                continue;
            }

            reader.Row(
                records.RecordLine,
                records.Field(columns.Customer),
                records.Field(columns.Timestamp),
                records.Field(columns.Touchpoint),
                columns.Stage >= 0 ? records.Field(columns.Stage) : default,
                columns.EventType >= 0 ? records.Field(columns.EventType) : default,
                columns.EventType >= 0,
                columns.Value >= 0 ? records.Field(columns.Value) : default,
                columns.Sequence >= 0 ? records.Field(columns.Sequence) : default,
                columns.Journey >= 0 ? records.Field(columns.Journey) : default,
                columns);
        }

        builder.RowsRead = rows;
        progress?.Report(new PersonasProgress("read events", 1));
        return builder.Build();
    }

    /// <summary>Builds an event log from .NET objects (sorted the same way as files; the sequence of an event is its 1-based position, used as its "line").</summary>
    /// <param name="events">The events, in any order.</param>
    /// <param name="options">Conversion event types, naive-time zone and row policy; column names are ignored. Null for the defaults.</param>
    /// <param name="source">A description of the source for messages.</param>
    /// <returns>The sorted event log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="PersonasDataException">With <see cref="RowErrorPolicy.Fail"/>, an event lacks a customer id or touchpoint.</exception>
    public static EventLog FromEvents(IEnumerable<TouchpointEvent> events, EventReadOptions? options = null, string source = "events")
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= new EventReadOptions();
        var list = events as IReadOnlyCollection<TouchpointEvent> ?? events.ToList();
        var hasStages = list.Any(e => e?.Stage is not null);
        var hasValues = list.Any(e => e?.Value is not null);
        var hasSequence = list.Any(e => e?.Sequence is not null);
        var hasJourneys = list.Any(e => e?.JourneyId is not null);
        var builder = new EventLogBuilder(source, hasStages, hasValues, hasSequence, hasJourneys);
        var reader = new EventRowReader(builder, options, source);
        long line = 0;
        foreach (var e in list)
        {
            line++;
            if (e is null)
            {
                reader.Bad(line, null, null, null, "expected an event, found null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(e.CustomerId))
            {
                reader.Bad(line, null, "CustomerId", e.CustomerId, "expected a customer id; the id is missing");
                continue;
            }

            if (string.IsNullOrWhiteSpace(e.Touchpoint))
            {
                reader.Bad(line, e.CustomerId, "Touchpoint", e.Touchpoint, "expected a touchpoint; it is empty");
                continue;
            }

            if (hasJourneys && string.IsNullOrWhiteSpace(e.JourneyId))
            {
                reader.Bad(line, e.CustomerId, "JourneyId", e.JourneyId, "expected a journey id (other events carry one); it is missing");
                continue;
            }

            var conversion = options.ConversionEventTypes.Contains(string.IsNullOrWhiteSpace(e.EventType) ? e.Touchpoint : e.EventType.Trim());
            builder.Add(e.CustomerId, e.Timestamp.UtcTicks, e.Touchpoint, e.Stage, conversion, e.Value ?? double.NaN, e.Sequence ?? 0, e.JourneyId);
        }

        builder.RowsRead = line;
        return builder.Build();
    }

    /// <summary>Builds an event log directly from columns already in memory (fast path for generated or binary data; no per-event objects).</summary>
    /// <param name="customers">The distinct customer ids.</param>
    /// <param name="customerIndex">Each event's customer (index into <paramref name="customers"/>).</param>
    /// <param name="utcTicks">Each event's timestamp as UTC ticks.</param>
    /// <param name="touchpoints">The distinct touchpoint names.</param>
    /// <param name="touchpointIds">Each event's touchpoint (index into <paramref name="touchpoints"/>).</param>
    /// <param name="isConversion">Each event's conversion flag, or empty for none.</param>
    /// <param name="values">Each event's value (NaN none), or empty for none.</param>
    /// <param name="source">A description of the source.</param>
    /// <returns>The sorted event log (customers in order of first appearance).</returns>
    /// <exception cref="ArgumentException">The columns differ in length, an index is out of range, or ids or names repeat.</exception>
    public static EventLog FromColumns(IReadOnlyList<string> customers, ReadOnlySpan<int> customerIndex, ReadOnlySpan<long> utcTicks, IReadOnlyList<string> touchpoints, ReadOnlySpan<int> touchpointIds, ReadOnlySpan<bool> isConversion = default, ReadOnlySpan<double> values = default, string source = "columns")
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(touchpoints);
        var n = customerIndex.Length;
        if (utcTicks.Length != n || touchpointIds.Length != n || (!isConversion.IsEmpty && isConversion.Length != n) || (!values.IsEmpty && values.Length != n))
        {
            throw new ArgumentException("Expected every column to have one entry per event.", nameof(utcTicks));
        }

        return EventLogBuilder.FromColumns(source, customers, customerIndex, utcTicks, touchpoints, touchpointIds, isConversion, values);
    }
}
