using Personas.Data.Parsing;
using Personas.Data.Text;

namespace Personas.Data;

/// <summary>
/// Turns an order/transaction table into one row per customer with RFM features: <c>recency_days</c>,
/// <c>frequency</c> (distinct purchase invoices), <c>monetary</c> (amount of purchases; net of returns with
/// <see cref="TransactionOptions.NetMonetary"/>), <c>tenure_days</c>, <c>avg_order_value</c>, <c>return_rate</c> (share
/// of the customer's rows that are returns or cancellations), <c>returned_value</c> (amount returned or cancelled) and,
/// when configured, <c>share_category=X</c> / <c>share_channel=X</c> (share of the customer's purchase rows).
/// </summary>
/// <remarks>
/// A row is a return or cancellation when its quantity or amount is negative or its invoice starts with
/// <see cref="TransactionOptions.CancellationPrefix"/>. Recency and tenure are whole days (floored) from the last and
/// first transaction to the snapshot date. Every transaction row is used or listed as excluded with its line and
/// reason: <c>RowsRead == RowsUsed + Exclusions.Count</c> where <c>RowsUsed</c> counts transaction rows.
/// </remarks>
/// <example>
/// <code>
/// var customers = TransactionReader.ReadFile("online_retail.csv", new TransactionOptions
/// {
///     CustomerColumn = "CustomerID", DateColumn = "InvoiceDate", QuantityColumn = "Quantity", PriceColumn = "UnitPrice", InvoiceColumn = "InvoiceNo",
/// });
/// </code>
/// </example>
public static class TransactionReader
{
    /// <summary>Reads a transaction file (delimited text, <c>.gz</c> decompressed) into one row per customer.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The columns and rules.</param>
    /// <param name="progress">Receives the stage <c>read: transactions</c>.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>One row per customer; the id column is <see cref="TransactionOptions.CustomerColumn"/>.</returns>
    /// <exception cref="PersonasDataException">The file is missing, empty or malformed, a named column is absent, a bad row under <see cref="RowErrorPolicy.Fail"/>, or no usable rows.</exception>
    /// <exception cref="ArgumentException">Neither an amount column nor both quantity and price columns are given.</exception>
    public static CustomerTable ReadFile(string path, TransactionOptions options, IProgress<PersonasProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Validate(options);
        var notes = new List<string>();
        var source = Path.GetFileName(path);
        StreamReader? current = null;
        var input = DelimitedInput.Open(source, () => TextSource.Open(path), TextSource.Peek(path), options.Delimiter, notes);
        using var records = input.OpenRecords(r => current = r as StreamReader);
        return ReadRecords(source, input.Header, records, options, notes, progress, () => CustomerReader.Position(current), ct);
    }

    /// <summary>Aggregates transaction records from any source (a delimited file, Parquet, a SQL query) per customer.</summary>
    internal static CustomerTable ReadRecords(string source, string[] header, IRecordSource records, TransactionOptions options, List<string> notes, IProgress<PersonasProgress>? progress, Func<double> position, CancellationToken ct)
    {
        Validate(options);
        var builder = new TransactionAccumulator(source, header, options, notes);
        var n = 0L;
        while (records.ReadRecord())
        {
            builder.Add(records);
            if ((++n & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new PersonasProgress("read: transactions", 0.95 * position()));
            }
        }

        var table = builder.Build();
        progress?.Report(new PersonasProgress("read: transactions", 1));
        return table;
    }

    /// <summary>Checks the options (shared by every source).</summary>
    internal static void Validate(TransactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.CustomerColumn);
        ArgumentException.ThrowIfNullOrEmpty(options.DateColumn);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCategoryLevels, 2);
        if (options.AmountColumn is null && (options.QuantityColumn is null || options.PriceColumn is null))
        {
            throw new ArgumentException("Give an amount column, or both a quantity and a price column.", nameof(options));
        }
    }
}
