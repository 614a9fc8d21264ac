using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>Per-customer aggregation of the collected transactions.</summary>
internal sealed partial class TransactionAccumulator
{
    public CustomerTable Build()
    {
        if (_rowsRead == 0)
        {
            throw new PersonasDataException(_source, null, null, null, "expected at least one transaction row after the header; the file has a header only");
        }

        var days = ResolveDays(out var dateName);
        var n = _customer.Count;
        var kept = new bool[n];
        var maxDay = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            kept[i] = !double.IsNaN(days[i]);
            if (kept[i])
            {
                maxDay = Math.Max(maxDay, days[i]);
            }
        }

        var used = kept.Count(k => k);
        if (used == 0)
        {
            var first = _exclusions.OrderBy(e => e.Line).FirstOrDefault();
            throw new PersonasDataException(_source, first?.Line, null, null, $"expected at least one usable transaction; all {Fmt(_rowsRead)} rows were excluded{(first is null ? string.Empty : " (first: " + first.Reason + ")")}");
        }

        var snapshot = _o.SnapshotDate is { } s ? DateParser.ToDays(s) : maxDay + 1;
        var c = _customers.Count;
        var firstDay = Filled(c, double.PositiveInfinity);
        var lastDay = Filled(c, double.NegativeInfinity);
        var lastPurchase = Filled(c, double.NegativeInfinity);
        var monetary = new double[c];
        var returned = new double[c];
        var rows = new int[c];
        var returns = new int[c];
        var purchases = new int[c];
        var frequency = new int[c];
        var firstLine = Filled(c, long.MaxValue);
        var orders = new HashSet<long>();
        for (var i = 0; i < n; i++)
        {
            if (!kept[i])
            {
                continue;
            }

            var k = _customer[i];
            firstDay[k] = Math.Min(firstDay[k], days[i]);
            lastDay[k] = Math.Max(lastDay[k], days[i]);
            rows[k]++;
            firstLine[k] = Math.Min(firstLine[k], _line[i]);
            if (_return[i])
            {
                returns[k]++;
                returned[k] += Math.Abs(_amount[i]);
                continue;
            }

            monetary[k] += _amount[i];

            purchases[k]++;
            lastPurchase[k] = Math.Max(lastPurchase[k], days[i]);
            if (_invoice[i] < 0 || orders.Add(((long)k << 32) | (uint)_invoice[i]))
            {
                frequency[k]++;
            }
        }

        var present = Enumerable.Range(0, c).Where(k => rows[k] > 0).ToArray();
        var columns = new List<CustomerColumn>
        {
            Column("recency_days", present, k => Math.Floor(snapshot - (purchases[k] > 0 ? lastPurchase[k] : lastDay[k])), $"whole days from the last purchase (or last transaction when there is none) to the snapshot {DateParser.Format(snapshot)}"),
            Column("frequency", present, k => frequency[k], _invoiceCol >= 0 ? $"distinct purchase invoices ('{InvoiceName}'), cancellations not counted" : "purchase rows (no invoice column)"),
            _o.NetMonetary
                ? Column("monetary", present, k => monetary[k] - returned[k], "net amount: purchases minus returns and cancellations (NetMonetary)")
                : Column("monetary", present, k => monetary[k], "amount of purchases (returns and cancellations are in returned_value)"),
            Column("tenure_days", present, k => Math.Floor(snapshot - firstDay[k]), $"whole days from the first transaction to the snapshot {DateParser.Format(snapshot)}"),
            Column("avg_order_value", present, k => frequency[k] > 0 ? (_o.NetMonetary ? monetary[k] - returned[k] : monetary[k]) / frequency[k] : double.NaN, "monetary / frequency; missing when the customer has no purchase"),
            Column("return_rate", present, k => (double)returns[k] / rows[k], "share of the customer's rows that are returns or cancellations"),
        };
        if (!_o.NetMonetary)
        {
            columns.Add(Column("returned_value", present, k => returned[k], "amount of the customer's returns and cancellations (as a positive number)"));
        }

        AddShares(columns, present, kept, purchases, _category, _categories, "category", _o.CategoryColumn);
        AddShares(columns, present, kept, purchases, _channel, _channels, "channel", _o.ChannelColumn);

        Note(dateName, snapshot, used, present.Length);
        _exclusions.Sort((a, b) => a.Line.CompareTo(b.Line));
        var ids = present.Select(k => _customers.Values[k]).ToArray();
        var lines = present.Select(k => firstLine[k]).ToArray();
        return new CustomerTable(_source, _o.CustomerColumn, ids, lines, columns, _exclusions.ToArray(), _notes.ToArray(), copy: false, rowsUsed: used);
    }

    private double[] ResolveDays(out string dateName)
    {
        var n = _customer.Count;
        var days = new double[n];
        if (_o.DateFormat is not null)
        {
            dateName = _o.DateFormat;
            for (var i = 0; i < n; i++)
            {
                days[i] = _customDays[i];
            }

            return days;
        }

        // With no consistent order (both parts above 12 somewhere), day-first is tried and the rows it fails are excluded.
        var order = _dates.Order(out var ambiguous) ?? DateOrder.DayMonthYear;
        dateName = _dates.Describe(order) + (ambiguous ? DateEvidence.AmbiguousNote : string.Empty);

        for (var i = 0; i < n; i++)
        {
            if (DateParser.ToDays(_dateParts[i], order) is { } d)
            {
                days[i] = d;
                continue;
            }

            days[i] = double.NaN;
            var p = _dateParts[i];
            Bad(_line[i], _customers.Values[_customer[i]], _o.DateColumn, $"{p.First}{p.Separator}{p.Second}{p.Separator}{p.Third}", $"expected a date ({_dates.Describe(order)})");
        }

        return days;
    }

    private void AddShares(List<CustomerColumn> columns, int[] present, bool[] kept, int[] purchases, List<int> codes, Interner levels, string kind, string? column)
    {
        if (column is null)
        {
            return;
        }

        var totals = new long[levels.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            if (kept[i] && !_return[i] && codes[i] >= 0)
            {
                totals[codes[i]]++;
            }
        }

        var order = Enumerable.Range(0, levels.Count).Where(l => totals[l] > 0).OrderByDescending(l => totals[l]).ThenBy(l => levels.Values[l], StringComparer.Ordinal).ToArray();
        var keep = order.Length <= _o.MaxCategoryLevels ? order : order.Take(_o.MaxCategoryLevels - 1).ToArray();
        var slot = Filled(levels.Count, keep.Length);
        for (var j = 0; j < keep.Length; j++)
        {
            slot[keep[j]] = j;
        }

        var slots = keep.Length + (order.Length > keep.Length ? 1 : 0);
        var counts = new int[_customers.Count * slots];
        for (var i = 0; i < codes.Count; i++)
        {
            if (kept[i] && !_return[i] && codes[i] >= 0)
            {
                counts[(_customer[i] * slots) + slot[codes[i]]]++;
            }
        }

        for (var j = 0; j < slots; j++)
        {
            var name = j < keep.Length ? levels.Values[keep[j]] : DataDefaults.OtherLevel;
            var why = $"share of the customer's purchase rows with {kind} '{name}' ('{column}'){(j < keep.Length ? string.Empty : $": the {order.Length - keep.Length} rarest {kind} values grouped")}; missing when the customer has no purchase";
            var jj = j;
            columns.Add(Column($"share_{kind}={name}", present, k => purchases[k] > 0 ? (double)counts[(k * slots) + jj] / purchases[k] : double.NaN, why));
        }
    }

    private void Note(string dateName, double snapshot, int used, int customers)
    {
        _notes.Add($"dates: {dateName} ('{_o.DateColumn}'); snapshot {DateParser.Format(snapshot)}{(_o.SnapshotDate is null ? " (one day after the last transaction)" : " (from the options)")}");
        if (_idsWithDotZero > 0)
        {
            _notes.Add($"{Fmt(_idsWithDotZero)} customer ids were written as numbers with '.0' (like 17850.0) and read without it (17850)");
        }

        var reasons = _exclusions.GroupBy(e => ReasonKind(e.Reason)).OrderByDescending(g => g.Count()).Select(g => $"{Fmt(g.Count())} {g.Key}");
        _notes.Add($"{Fmt(_rowsRead)} transaction rows read: {Fmt(used)} used for {Fmt(customers)} customers, {Fmt(_exclusions.Count)} excluded{(_exclusions.Count > 0 ? " (" + string.Join("; ", reasons) + ")" : string.Empty)}");
    }

    private static string ReasonKind(string reason)
    {
        var i = reason.IndexOf(" found", StringComparison.Ordinal);
        if (reason.StartsWith("quantity", StringComparison.Ordinal))
        {
            return "non-positive quantity";
        }

        if (reason.StartsWith("unit price", StringComparison.Ordinal))
        {
            return "non-positive price";
        }

        return i > 0 ? reason[..i].TrimEnd(',') : reason;
    }

    private static CustomerColumn Column(string name, int[] present, Func<int, double> value, string reason)
    {
        var values = new float[present.Length];
        var missing = 0;
        for (var i = 0; i < present.Length; i++)
        {
            values[i] = (float)value(present[i]);
            missing += float.IsNaN(values[i]) ? 1 : 0;
        }

        return CustomerColumn.FromNumbers(name, ColumnRole.Numeric, values, missing > 0 ? $"{reason}; {Fmt(missing)} missing" : reason);
    }

    private static T[] Filled<T>(int n, T value)
    {
        var a = new T[n];
        Array.Fill(a, value);
        return a;
    }

    private static string Fmt(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
