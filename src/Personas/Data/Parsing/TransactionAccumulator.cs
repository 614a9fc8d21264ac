namespace Personas.Data.Parsing;

/// <summary>Collects transaction rows compactly (ints and doubles, ids interned once), then aggregates per customer.</summary>
internal sealed partial class TransactionAccumulator
{
    private readonly string _source;
    private readonly string[] _header;
    private readonly TransactionOptions _o;
    private readonly List<string> _notes;
    private readonly int _customerCol;
    private readonly int _dateCol;
    private readonly int _amountCol;
    private readonly int _quantityCol;
    private readonly int _priceCol;
    private readonly int _invoiceCol;
    private readonly int _categoryCol;
    private readonly int _channelCol;

    private readonly Interner _customers = new();
    private readonly Interner _invoices = new();
    private readonly Interner _categories = new();
    private readonly Interner _channels = new();
    private readonly List<ExcludedRow> _exclusions = [];

    // One entry per kept row.
    private readonly List<int> _customer = [];
    private readonly List<int> _invoice = [];
    private readonly List<int> _category = [];
    private readonly List<int> _channel = [];
    private readonly List<double> _amount = [];
    private readonly List<bool> _return = [];
    private readonly List<long> _line = [];
    private readonly List<DateParts> _dateParts = [];
    private readonly List<double> _customDays = [];

    private long _rowsRead;
    private long _idsWithDotZero;
    private readonly DateEvidence _dates = new();

    public TransactionAccumulator(string source, string[] header, TransactionOptions o, List<string> notes)
    {
        _source = source;
        _header = header;
        _o = o;
        _notes = notes;
        _customerCol = Index(o.CustomerColumn)!.Value;
        _dateCol = Index(o.DateColumn)!.Value;
        _amountCol = Index(o.AmountColumn) ?? -1;
        _quantityCol = Index(o.QuantityColumn) ?? -1;
        _priceCol = Index(o.PriceColumn) ?? -1;
        _invoiceCol = Index(o.InvoiceColumn) ?? FindInvoiceColumn(header, notes);
        _categoryCol = Index(o.CategoryColumn) ?? -1;
        _channelCol = Index(o.ChannelColumn) ?? -1;
    }

    public void Add(IRecordSource r)
    {
        _rowsRead++;
        var line = r.RecordLine;
        if (r.IsBlankRecord)
        {
            _exclusions.Add(new ExcludedRow(line, null, "blank line"));
            return;
        }

        if (r.FieldCount != _header.Length)
        {
            Bad(line, [], null, null, $"expected {_header.Length} fields like the header, found {r.FieldCount}");
            return;
        }

        var idSpan = r.Field(_customerCol).Trim();
        if (NumberParser.IsMissing(idSpan))
        {
            _exclusions.Add(new ExcludedRow(line, null, "no customer id"));
            return;
        }

        if (idSpan.Length > 2 && idSpan.EndsWith(".0") && !idSpan[..^2].ContainsAnyExceptInRange('0', '9'))
        {
            idSpan = idSpan[..^2];
            _idsWithDotZero++;
        }

        if (!ReadAmount(r, line, idSpan, out var amount, out var quantity))
        {
            return;
        }

        var dateCell = r.Field(_dateCol).Trim();
        DateParts parts = default;
        var customDays = double.NaN;
        if (_o.DateFormat is not null)
        {
            if (DateParser.ToDays(dateCell, _o.DateFormat) is not { } d)
            {
                Bad(line, idSpan, _o.DateColumn, dateCell.ToString(), $"expected a date ({_o.DateFormat})");
                return;
            }

            customDays = d;
        }
        else if (DateParser.TrySplit(dateCell, out parts))
        {
            _dates.Add(parts);
        }
        else
        {
            Bad(line, idSpan, _o.DateColumn, dateCell.ToString(), DateExpected);
            return;
        }

        var invoice = _invoiceCol < 0 ? -1 : _invoices.Intern(r.Field(_invoiceCol).Trim());
        var cancelled = _invoiceCol >= 0 && _o.CancellationPrefix is { Length: > 0 } prefix && r.Field(_invoiceCol).Trim().StartsWith(prefix, StringComparison.Ordinal);
        _customer.Add(_customers.Intern(idSpan));
        _invoice.Add(invoice);
        _category.Add(_categoryCol < 0 ? -1 : _categories.InternOrMissing(r.Field(_categoryCol).Trim()));
        _channel.Add(_channelCol < 0 ? -1 : _channels.InternOrMissing(r.Field(_channelCol).Trim()));
        _amount.Add(amount);
        _return.Add(cancelled || amount < 0 || quantity < 0);
        _line.Add(line);
        _dateParts.Add(parts);
        _customDays.Add(customDays);
    }

    private bool ReadAmount(IRecordSource r, long line, ReadOnlySpan<char> id, out double amount, out double quantity)
    {
        amount = double.NaN;
        quantity = double.NaN;
        if (_quantityCol >= 0 && !Number(r, _quantityCol, line, id, out quantity))
        {
            return false;
        }

        if (_quantityCol >= 0 && quantity <= 0 && _o.DropNonPositiveQuantities)
        {
            _exclusions.Add(new ExcludedRow(line, IdText(id), QuantityReason(quantity)));
            return false;
        }

        var price = double.NaN;
        if (_priceCol >= 0 && !Number(r, _priceCol, line, id, out price))
        {
            return false;
        }

        if (_priceCol >= 0 && price <= 0 && _o.DropNonPositivePrices)
        {
            _exclusions.Add(new ExcludedRow(line, IdText(id), PriceReason(price)));
            return false;
        }

        if (_amountCol >= 0)
        {
            return Number(r, _amountCol, line, id, out amount);
        }

        amount = quantity * price;
        if (Math.Abs(amount) <= float.MaxValue)
        {
            return true;
        }

        Bad(line, id, _o.PriceColumn, NumberText(amount), ProductExpected);
        return false;
    }

    private bool Number(IRecordSource r, int col, long line, ReadOnlySpan<char> id, out double value)
    {
        var cell = r.Field(col);
        if (NumberParser.Parse(cell, _o.DecimalComma, out value) == CellKind.Number)
        {
            return true;
        }

        Bad(line, id, _header[col], cell.Trim().ToString(), NumberExpected);
        return false;
    }

    private void Bad(long line, ReadOnlySpan<char> id, string? column, string? found, string expected)
    {
        if (_o.RowErrors == RowErrorPolicy.Fail)
        {
            throw new PersonasDataException(_source, line, column, found, expected);
        }

        _exclusions.Add(new ExcludedRow(line, IdText(id), BadReason(column, found, expected)));
    }

    internal const string NumberExpected = "expected a finite number";
    internal const string ProductExpected = "expected quantity x price to be a finite number";
    internal const string DateExpected = "expected a date (ISO 8601, day-first or month-first)";

    /// <summary>The reason of an excluded row whose cell is not what was expected (shared with the DuckDB engine).</summary>
    internal static string BadReason(string? column, string? found, string expected)
    {
        var where = column is null ? string.Empty : $"column '{column}': ";
        var what = found is null ? string.Empty : $", found '{PersonasDataException.Shorten(found)}'";
        return where + expected + what;
    }

    internal static string QuantityReason(double quantity) => $"quantity {NumberText(quantity)} is not positive (non-positive quantities are dropped)";

    internal static string PriceReason(double price) => $"unit price {NumberText(price)} is not positive (non-positive prices are dropped)";

    private static readonly HashSet<string> InvoiceNames = new(StringComparer.Ordinal)
    {
        "invoice", "invoiceno", "invoiceid", "invoicenumber", "order", "orderid", "orderno", "ordernumber", "transactionid", "receiptid", "receiptno",
    };

    /// <summary>The column named like an invoice or order number, or -1 (noted either way).</summary>
    internal static int FindInvoiceColumn(string[] header, List<string> notes)
    {
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (InvoiceNames.Contains(key))
            {
                notes.Add($"invoice column: '{header[i]}' (named like an invoice or order number; frequency counts its distinct values)");
                return i;
            }
        }

        notes.Add("no invoice column: every purchase row counts as one order");
        return -1;
    }

    private string InvoiceName => _invoiceCol < 0 ? string.Empty : _header[_invoiceCol];

    private int? Index(string? name) => ColumnIndex(_source, _header, name);

    /// <summary>The index of a column named in the options, null for none.</summary>
    /// <exception cref="PersonasDataException">The column is absent.</exception>
    internal static int? ColumnIndex(string source, string[] header, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var i = Array.IndexOf(header, name);
        return i >= 0 ? i : throw new PersonasDataException(source, 1, name, null, $"expected a column named '{name}' (named in the options); the columns are: {string.Join(", ", header)}");
    }

    private string? IdText(ReadOnlySpan<char> id) => id.IsEmpty ? null : _customers.Peek(id) ?? id.ToString();

    internal static string NumberText(double v) => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
