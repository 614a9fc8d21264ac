namespace Personas.Data;

/// <summary>How <see cref="TransactionReader"/> turns an order/transaction table into one row per customer.</summary>
/// <example>
/// <code>
/// var options = new TransactionOptions { CustomerColumn = "CustomerID", DateColumn = "InvoiceDate", QuantityColumn = "Quantity", PriceColumn = "UnitPrice", InvoiceColumn = "InvoiceNo" };
/// var customers = TransactionReader.ReadFile("online_retail.csv", options);
/// </code>
/// </example>
public sealed record TransactionOptions
{
    /// <summary>The column with the customer id (required). Ids written as <c>17850.0</c> are read as <c>17850</c>.</summary>
    public required string CustomerColumn { get; init; }

    /// <summary>The column with the transaction date or timestamp (required).</summary>
    public required string DateColumn { get; init; }

    /// <summary>The column with the line or order amount.</summary>
    /// <value>The default is null: the amount is <see cref="QuantityColumn"/> x <see cref="PriceColumn"/>, which must then both be set.</value>
    public string? AmountColumn { get; init; }

    /// <summary>The column with the quantity.</summary>
    /// <value>The default is null.</value>
    public string? QuantityColumn { get; init; }

    /// <summary>The column with the unit price.</summary>
    /// <value>The default is null.</value>
    public string? PriceColumn { get; init; }

    /// <summary>The column with the invoice or order number; frequency counts distinct invoices.</summary>
    /// <value>
    /// The default is null: a column named like an invoice or order number (<c>InvoiceNo</c>, <c>invoice_id</c>,
    /// <c>OrderID</c>, <c>order_number</c>, <c>TransactionID</c>...) is used when there is one (noted), else every
    /// purchase row counts as one order.
    /// </value>
    public string? InvoiceColumn { get; init; }

    /// <summary>The column with a product category; gives <c>share_category=X</c> features.</summary>
    /// <value>The default is null.</value>
    public string? CategoryColumn { get; init; }

    /// <summary>The column with a sales channel; gives <c>share_channel=X</c> features.</summary>
    /// <value>The default is null.</value>
    public string? ChannelColumn { get; init; }

    /// <summary>The date recency and tenure are measured at.</summary>
    /// <value>The default is null: one day after the last transaction.</value>
    public DateTimeOffset? SnapshotDate { get; init; }

    /// <summary>Leave out rows whose quantity is zero or negative (returns and cancellations), listing them as excluded.</summary>
    /// <value>The default is false: they are kept and count as returns (in <c>return_rate</c> and <c>returned_value</c>).</value>
    public bool DropNonPositiveQuantities { get; init; }

    /// <summary>Leave out rows whose unit price is zero or negative, listing them as excluded.</summary>
    /// <value>The default is false.</value>
    public bool DropNonPositivePrices { get; init; }

    /// <summary>Invoice numbers starting with this text are cancellations (as in the UCI Online Retail data).</summary>
    /// <value>The default is <c>C</c>; null for none.</value>
    public string? CancellationPrefix { get; init; } = "C";

    /// <summary>The field delimiter.</summary>
    /// <value>The default is null: detected.</value>
    public char? Delimiter { get; init; }

    /// <summary>Numbers use a decimal comma (<c>1 234,50</c>).</summary>
    /// <value>The default is false.</value>
    public bool DecimalComma { get; init; }

    /// <summary>A .NET format for the date column (<c>dd/MM/yyyy HH:mm</c>).</summary>
    /// <value>The default is null: detected (ISO 8601, day-first or month-first).</value>
    public string? DateFormat { get; init; }

    /// <summary>What to do with a row whose date or amount does not parse. Rows without a customer id are always excluded (listed).</summary>
    /// <value>The default is <see cref="RowErrorPolicy.Exclude"/>.</value>
    public RowErrorPolicy RowErrors { get; init; } = RowErrorPolicy.Exclude;

    /// <summary>The most share features per category or channel column, counting the <c>(other)</c> one.</summary>
    /// <value>The default is 20.</value>
    public int MaxCategoryLevels { get; init; } = DataDefaults.MaxCategoryLevels;

    /// <summary>
    /// Whether <c>monetary</c> is the net amount (purchases minus returns and cancellations), as in the classic RFM
    /// definition. By default it counts purchases only and the returns are their own feature, <c>returned_value</c>:
    /// net amounts can be negative, which hides big spenders who return a lot and breaks the log transform.
    /// </summary>
    /// <value>The default is false.</value>
    public bool NetMonetary { get; init; }
}
