using System.CommandLine;
using Personas.Data;

namespace Personas.Cli.Options;

/// <summary>The columns of a transaction file (--transactions).</summary>
internal sealed class TransactionCliOptions
{
    public Option<string?> CustomerColumn { get; } = CliOptions.Text("--customer-column", "with --transactions: the customer id column", "C", "none; required with --transactions");

    public Option<string?> DateColumn { get; } = CliOptions.Text("--date-column", "with --transactions: the order date column", "C", "none; required with --transactions");

    public Option<string?> AmountColumn { get; } = CliOptions.Text("--amount-column", "with --transactions: the line amount (or give --quantity-column and --price-column)", "C", "none");

    public Option<string?> QuantityColumn { get; } = CliOptions.Text("--quantity-column", "with --transactions: the quantity (with --price-column)", "C", "none");

    public Option<string?> PriceColumn { get; } = CliOptions.Text("--price-column", "with --transactions: the unit price (with --quantity-column)", "C", "none");

    public Option<string?> InvoiceColumn { get; } = CliOptions.Text("--invoice-column", "with --transactions: the invoice column; invoices starting with C are cancellations", "C", "detected, e.g. InvoiceNo");

    public Option<string?> CategoryColumn { get; } = CliOptions.Text("--category-column", "with --transactions: adds each customer's spending share per category", "C", "none");

    public Option<string?> ChannelColumn { get; } = CliOptions.Text("--channel-column", "with --transactions: adds each customer's spending share per channel", "C", "none");

    public Option<bool> DropReturns { get; } = CliOptions.Flag("--drop-returns", "with --transactions: drop lines with a quantity of zero or less before aggregating");

    public Option<string> Engine { get; } = CliOptions.Choice("--transactions-engine", "with --transactions: where order lines are aggregated per customer: in this process, or inside embedded DuckDB (for inputs larger than memory: DuckDB spills to disk; the same features, exclusions and accounting; dates must be DATE/TIMESTAMP or ISO 8601 text)", "in-process", "duckdb");

    public IEnumerable<Option> All => [CustomerColumn, DateColumn, AmountColumn, QuantityColumn, PriceColumn, InvoiceColumn, CategoryColumn, ChannelColumn, DropReturns, Engine];

    /// <summary>Whether DuckDB aggregates the transactions (--transactions-engine duckdb).</summary>
    public bool InDuckDb(ParseResult r) => r.GetValue(Engine) == "duckdb";

    /// <summary>The options of this group the user gave.</summary>
    public IEnumerable<Option> Given(ParseResult r) => All.Where(o => r.Given(o));

    /// <summary>The transaction options (reading options shared with customer files come from <paramref name="input"/>).</summary>
    public TransactionOptions Read(ParseResult r, CustomerInputOptions input)
    {
        var amount = r.GetValue(AmountColumn);
        var quantity = r.GetValue(QuantityColumn);
        var price = r.GetValue(PriceColumn);
        if (amount is null && (quantity is null || price is null))
        {
            throw new UsageException("--transactions needs --amount-column C, or both --quantity-column C and --price-column C");
        }

        if (amount is not null && (quantity is not null || price is not null))
        {
            throw new UsageException("give either --amount-column or --quantity-column with --price-column, not both");
        }

        if (r.Given(input.Id) || r.Given(input.Columns) || r.Given(input.Exclude))
        {
            throw new UsageException("--id, --columns and --exclude apply to --customers; with --transactions the customer features are derived (RFM)");
        }

        var read = input.Read(r);
        if (InDuckDb(r) && read.DecimalComma)
        {
            throw new UsageException("--decimal-comma applies to the in-process reader; with --transactions-engine duckdb numbers are read by DuckDB (give typed Parquet columns or leave --transactions-engine out)");
        }

        return new TransactionOptions
        {
            CustomerColumn = r.GetValue(CustomerColumn) ?? throw new UsageException("--transactions needs --customer-column C"),
            DateColumn = r.GetValue(DateColumn) ?? throw new UsageException("--transactions needs --date-column C"),
            AmountColumn = amount,
            QuantityColumn = quantity,
            PriceColumn = price,
            InvoiceColumn = r.GetValue(InvoiceColumn),
            CategoryColumn = r.GetValue(CategoryColumn),
            ChannelColumn = r.GetValue(ChannelColumn),
            DropNonPositiveQuantities = r.GetValue(DropReturns),
            Delimiter = read.Delimiter,
            DecimalComma = read.DecimalComma,
            RowErrors = read.RowErrors,
        };
    }
}
