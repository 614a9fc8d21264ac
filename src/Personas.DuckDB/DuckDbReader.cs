using Personas.Data;
using Personas.Data.Parsing;
using Personas.Journeys;

namespace Personas.DuckDB;

/// <summary>
/// Reads customers, transactions and touchpoint events from Parquet files or a SQL query through embedded DuckDB, with
/// exactly the rules of the CSV readers: the same role inference (typed Parquet columns are written as the text a CSV
/// would hold, so numbers stay numbers and dates are never ambiguous), the same exclusions and the same
/// <c>rows read = used + excluded</c> accounting. A Parquet file and a CSV export of it give the same table.
/// </summary>
/// <example>
/// <code>
/// var table = DuckDbReader.ReadCustomers(DuckDbSource.Parquet("warehouse/customers"));
/// var result = PersonaBuilder.Build(table);
/// </code>
/// </example>
public static class DuckDbReader
{
    /// <summary>Reads customer records (one row per customer), as <see cref="CustomerReader.ReadFile"/> reads a CSV.</summary>
    /// <param name="source">The Parquet files or query.</param>
    /// <param name="options">How to read (the delimiter and decimal-comma options do not apply); null for the defaults.</param>
    /// <param name="progress">Receives the reading stages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table; its notes say where the rows came from.</returns>
    /// <exception cref="PersonasDataException">The files are missing, the query fails (DuckDB's message is included), a named column is absent, or the rows are unusable as for a CSV.</exception>
    public static CustomerTable ReadCustomers(DuckDbSource source, CustomerReadOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var relation = DuckDbRelation.Open(source, cancellationToken);
        DuckDbRecordSource? current = null;
        return CustomerReader.ReadRecords(source.Name, relation.Header, () => current = relation.OpenRecords(), options, relation.Notes, progress, () => Fraction(current, relation), cancellationToken);
    }

    /// <summary>Reads order lines and aggregates them per customer in this process, as <see cref="TransactionReader.ReadFile"/> does.</summary>
    /// <param name="source">The Parquet files or query.</param>
    /// <param name="options">The columns and rules.</param>
    /// <param name="progress">Receives the reading stage.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One row per customer with the RFM features.</returns>
    /// <exception cref="PersonasDataException">As for <see cref="ReadCustomers"/>.</exception>
    public static CustomerTable ReadTransactions(DuckDbSource source, TransactionOptions options, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var relation = DuckDbRelation.Open(source, cancellationToken);
        using var records = relation.OpenRecords();
        return TransactionReader.ReadRecords(source.Name, relation.Header, records, options, relation.Notes, progress, () => Fraction(records, relation), cancellationToken);
    }

    /// <summary>
    /// Aggregates order lines per customer inside DuckDB (the <c>--engine duckdb</c> of the command line): the same
    /// features, exclusions and row accounting as <see cref="TransactionReader.ReadFile"/> and <see cref="ReadTransactions"/>,
    /// with DuckDB holding (and spilling) the rows instead of this process. Amounts are summed in row order, so the
    /// features equal the in-process ones exactly.
    /// </summary>
    /// <param name="source">Parquet files, a query, or a delimited text file (<see cref="DuckDbSource.DelimitedText"/>).</param>
    /// <param name="options">The columns and rules; <see cref="TransactionOptions.DateFormat"/> and <see cref="TransactionOptions.DecimalComma"/> are not supported.</param>
    /// <param name="progress">Receives the reading stage.</param>
    /// <param name="cancellationToken">Cancels between DuckDB's steps.</param>
    /// <returns>One row per customer with the RFM features, in the order of each customer's first used row.</returns>
    /// <exception cref="PersonasDataException">The input is missing, a named column is absent, DuckDB fails (its message is included), a bad row under <see cref="RowErrorPolicy.Fail"/>, or no usable rows.</exception>
    /// <exception cref="ArgumentException">The options need the in-process reader (a date format or decimal commas), or name no amount.</exception>
    /// <remarks>Dates must be DATE or TIMESTAMP columns or ISO 8601 text; day-first or month-first text needs the in-process reader.</remarks>
    public static CustomerTable AggregateTransactions(DuckDbSource source, TransactionOptions options, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return DuckDbTransactions.Aggregate(source, options, progress, cancellationToken);
    }

    /// <summary>
    /// Builds personas from a sample of customer records in Parquet files or a query (see
    /// <see cref="PersonaBuilder.BuildFromSample(string, TrainingSampleOptions, CustomerReadOptions?, PersonaBuildOptions?, IProgress{PersonasProgress}?, CancellationToken)"/>):
    /// the rows stream from DuckDB for the draw, the sampled rows are read, and saving the result streams every row again
    /// through the model into assignments.csv. Each pass opens the source anew (a query runs once per pass).
    /// </summary>
    /// <param name="source">The Parquet files or query.</param>
    /// <param name="sample">The size, stratifying column and seed of the draw.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="buildOptions">The build options; null for the defaults.</param>
    /// <param name="progress">Receives the stages.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The build on the sample; <see cref="PersonaBuildResult.Sample"/> describes the draw.</returns>
    /// <exception cref="OptionValueException">The sample size is below 1, or the stratifying column is not in the source.</exception>
    /// <exception cref="PersonasDataException">As for <see cref="ReadCustomers"/>.</exception>
    public static PersonaBuildResult BuildFromSample(DuckDbSource source, TrainingSampleOptions sample, CustomerReadOptions? options = null, PersonaBuildOptions? buildOptions = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sample);
        sample.Validate();
        string[] header;
        List<string> notes;
        using (var relation = DuckDbRelation.Open(source, cancellationToken))
        {
            header = relation.Header;
            notes = relation.Notes;
        }

        IRecordSource Open()
        {
            var relation = DuckDbRelation.Open(source, cancellationToken);
            try
            {
                return new OwnedRecords(relation.OpenRecords(), relation);
            }
            catch
            {
                relation.Dispose();
                throw;
            }
        }

        return PersonaBuilder.BuildFromSampleRecords(source.Name, header, Open, notes, sample, options ?? new CustomerReadOptions(), buildOptions, progress, cancellationToken);
    }

    /// <summary>Records that dispose their relation with them.</summary>
    private sealed class OwnedRecords(DuckDbRecordSource records, DuckDbRelation relation) : IRecordSource
    {
        public long RecordLine => records.RecordLine;

        public int FieldCount => records.FieldCount;

        public bool IsBlankRecord => records.IsBlankRecord;

        public bool ReadRecord() => records.ReadRecord();

        public ReadOnlySpan<char> Field(int index) => records.Field(index);

        public void Dispose()
        {
            records.Dispose();
            relation.Dispose();
        }
    }

    /// <summary>Reads touchpoint events, as <see cref="EventLogReader.ReadFile"/> reads a CSV.</summary>
    /// <param name="source">The Parquet files or query.</param>
    /// <param name="options">Column names and policies; null for the defaults.</param>
    /// <param name="progress">Receives the reading stage.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sorted event log with every excluded row.</returns>
    /// <exception cref="PersonasDataException">As for <see cref="ReadCustomers"/>.</exception>
    public static EventLog ReadEvents(DuckDbSource source, EventReadOptions? options = null, IProgress<PersonasProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var relation = DuckDbRelation.Open(source, cancellationToken);
        using var records = relation.OpenRecords();
        var rows = Math.Max(1, relation.RowCount);
        return EventLogReader.ReadRecords(source.Name, relation.Header, records, options ?? new EventReadOptions(), string.Join("; ", relation.Notes), n => (double)n / rows, progress, cancellationToken);
    }

    private static double Fraction(DuckDbRecordSource? records, DuckDbRelation relation) =>
        records is null || relation.RowCount == 0 ? 0 : Math.Min(1, (double)(records.RecordLine - 1) / relation.RowCount);
}
