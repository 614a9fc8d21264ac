namespace Personas.Data.Parsing;

/// <summary>Per-customer aggregation of the collected transactions.</summary>
internal sealed partial class TransactionAccumulator
{
    public CustomerTable Build()
    {
        if (_rowsRead == 0)
        {
            CustomerTotals.CheckRows(_source, 0, 0, _exclusions);
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
        CustomerTotals.CheckRows(_source, _rowsRead, used, _exclusions);
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

        var totals = new CustomerTotals
        {
            Ids = _customers.Values,
            Present = Enumerable.Range(0, c).Where(k => rows[k] > 0).ToArray(),
            FirstLine = firstLine,
            FirstDay = firstDay,
            LastDay = lastDay,
            LastPurchase = lastPurchase,
            Monetary = monetary,
            Returned = returned,
            Rows = rows,
            Returns = returns,
            Purchases = purchases,
            Frequency = frequency,
            Categories = Levels(kept, _category, _categories),
            Channels = Levels(kept, _channel, _channels),
        };
        var context = new CustomerTotals.Context(_source, _o, _notes, _exclusions, _invoiceCol >= 0 ? InvoiceName : null, _idsWithDotZero, _rowsRead, dateName);
        return totals.ToTable(context, snapshot, used);
    }

    /// <summary>Purchase rows per level (missing levels not counted), overall and per customer.</summary>
    private CustomerTotals.LevelCounts Levels(bool[] kept, List<int> codes, Interner levels)
    {
        var totals = new long[levels.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            if (kept[i] && !_return[i] && codes[i] >= 0)
            {
                totals[codes[i]]++;
            }
        }

        return new CustomerTotals.LevelCounts(levels.Values, totals, (slot, slots, counts) =>
        {
            for (var i = 0; i < codes.Count; i++)
            {
                if (kept[i] && !_return[i] && codes[i] >= 0)
                {
                    counts[(_customer[i] * slots) + slot[codes[i]]]++;
                }
            }
        });
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

    private static T[] Filled<T>(int n, T value)
    {
        var a = new T[n];
        Array.Fill(a, value);
        return a;
    }
}
