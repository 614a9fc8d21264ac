using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>
/// Per-customer totals of transaction rows, and the one place that turns them into RFM feature columns, notes and the
/// row accounting. Both engines fill it: the in-process <see cref="TransactionAccumulator"/> and DuckDB
/// (<c>Personas.DuckDB</c>, <c>--engine duckdb</c>), so that the features are defined once.
/// </summary>
internal sealed class CustomerTotals
{
    /// <summary>Customer ids; the other per-customer arrays are indexed like it.</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>The customers with at least one used row, in the order of the table (their first row).</summary>
    public required int[] Present { get; init; }

    public required long[] FirstLine { get; init; }

    /// <summary>Days since 0001-01-01 of the first transaction.</summary>
    public required double[] FirstDay { get; init; }

    public required double[] LastDay { get; init; }

    /// <summary>Days of the last purchase (not a return); -infinity when there is none.</summary>
    public required double[] LastPurchase { get; init; }

    /// <summary>Amount of purchases, summed in row order.</summary>
    public required double[] Monetary { get; init; }

    /// <summary>Absolute amount of returns and cancellations, summed in row order.</summary>
    public required double[] Returned { get; init; }

    public required int[] Rows { get; init; }

    public required int[] Returns { get; init; }

    public required int[] Purchases { get; init; }

    /// <summary>Distinct purchase invoices (purchase rows without an invoice column).</summary>
    public required int[] Frequency { get; init; }

    public LevelCounts? Categories { get; init; }

    public LevelCounts? Channels { get; init; }

    /// <summary>Purchase rows per level of a category or channel column.</summary>
    /// <param name="Levels">The level names.</param>
    /// <param name="Totals">Purchase rows per level over all customers.</param>
    /// <param name="Fill">Fills <c>counts[customer * slots + slot[level]]</c> with the purchase rows per customer and level.</param>
    public sealed record LevelCounts(IReadOnlyList<string> Levels, long[] Totals, Action<int[], int, int[]> Fill);

    /// <summary>What the table says about its input besides the totals.</summary>
    public sealed record Context(string Source, TransactionOptions Options, List<string> Notes, List<ExcludedRow> Exclusions, string? InvoiceName, long IdsWithDotZero, long RowsRead, string DateName);

    /// <summary>The checks before totals are made: some rows, and some usable rows.</summary>
    public static void CheckRows(string source, long rowsRead, long used, IReadOnlyList<ExcludedRow> exclusions)
    {
        if (rowsRead == 0)
        {
            throw new PersonasDataException(source, null, null, null, "expected at least one transaction row after the header; the file has a header only");
        }

        if (used == 0)
        {
            var first = exclusions.MinBy(e => e.Line);
            throw new PersonasDataException(source, first?.Line, null, null, $"expected at least one usable transaction; all {Fmt(rowsRead)} rows were excluded{(first is null ? string.Empty : " (first: " + first.Reason + ")")}");
        }
    }

    /// <summary>The feature table; <paramref name="snapshot"/> in days since 0001-01-01, <paramref name="used"/> the transaction rows used.</summary>
    public CustomerTable ToTable(Context x, double snapshot, long used)
    {
        var o = x.Options;
        var present = Present;
        var columns = new List<CustomerColumn>
        {
            Column("recency_days", present, k => Math.Floor(snapshot - (Purchases[k] > 0 ? LastPurchase[k] : LastDay[k])), $"whole days from the last purchase (or last transaction when there is none) to the snapshot {DateParser.Format(snapshot)}"),
            Column("frequency", present, k => Frequency[k], x.InvoiceName is { } inv ? $"distinct purchase invoices ('{inv}'), cancellations not counted" : "purchase rows (no invoice column)"),
            o.NetMonetary
                ? Column("monetary", present, k => Monetary[k] - Returned[k], "net amount: purchases minus returns and cancellations (NetMonetary)")
                : Column("monetary", present, k => Monetary[k], "amount of purchases (returns and cancellations are in returned_value)"),
            Column("tenure_days", present, k => Math.Floor(snapshot - FirstDay[k]), $"whole days from the first transaction to the snapshot {DateParser.Format(snapshot)}"),
            Column("avg_order_value", present, k => Frequency[k] > 0 ? (o.NetMonetary ? Monetary[k] - Returned[k] : Monetary[k]) / Frequency[k] : double.NaN, "monetary / frequency; missing when the customer has no purchase"),
            Column("return_rate", present, k => (double)Returns[k] / Rows[k], "share of the customer's rows that are returns or cancellations"),
        };
        if (!o.NetMonetary)
        {
            columns.Add(Column("returned_value", present, k => Returned[k], "amount of the customer's returns and cancellations (as a positive number)"));
        }

        AddShares(columns, Categories, "category", o.CategoryColumn, o.MaxCategoryLevels);
        AddShares(columns, Channels, "channel", o.ChannelColumn, o.MaxCategoryLevels);

        Note(x, snapshot, used, present.Length);
        x.Exclusions.Sort((a, b) => a.Line.CompareTo(b.Line));
        var ids = present.Select(k => Ids[k]).ToArray();
        var lines = present.Select(k => FirstLine[k]).ToArray();
        return new CustomerTable(x.Source, o.CustomerColumn, ids, lines, columns, x.Exclusions.ToArray(), x.Notes.ToArray(), copy: false, rowsUsed: used);
    }

    private void AddShares(List<CustomerColumn> columns, LevelCounts? levels, string kind, string? column, int maxLevels)
    {
        if (column is null || levels is null)
        {
            return;
        }

        var totals = levels.Totals;
        var order = Enumerable.Range(0, levels.Levels.Count).Where(l => totals[l] > 0).OrderByDescending(l => totals[l]).ThenBy(l => levels.Levels[l], StringComparer.Ordinal).ToArray();
        var keep = order.Length <= maxLevels ? order : order.Take(maxLevels - 1).ToArray();
        var slot = new int[levels.Levels.Count];
        Array.Fill(slot, keep.Length);
        for (var j = 0; j < keep.Length; j++)
        {
            slot[keep[j]] = j;
        }

        var slots = keep.Length + (order.Length > keep.Length ? 1 : 0);
        var counts = new int[Ids.Count * slots];
        levels.Fill(slot, slots, counts);
        for (var j = 0; j < slots; j++)
        {
            var name = j < keep.Length ? levels.Levels[keep[j]] : DataDefaults.OtherLevel;
            var why = $"share of the customer's purchase rows with {kind} '{name}' ('{column}'){(j < keep.Length ? string.Empty : $": the {order.Length - keep.Length} rarest {kind} values grouped")}; missing when the customer has no purchase";
            var jj = j;
            columns.Add(Column($"share_{kind}={name}", Present, k => Purchases[k] > 0 ? (double)counts[(k * slots) + jj] / Purchases[k] : double.NaN, why));
        }
    }

    private static void Note(Context x, double snapshot, long used, int customers)
    {
        var o = x.Options;
        x.Notes.Add($"dates: {x.DateName} ('{o.DateColumn}'); snapshot {DateParser.Format(snapshot)}{(o.SnapshotDate is null ? " (one day after the last transaction)" : " (from the options)")}");
        if (x.IdsWithDotZero > 0)
        {
            x.Notes.Add($"{Fmt(x.IdsWithDotZero)} customer ids were written as numbers with '.0' (like 17850.0) and read without it (17850)");
        }

        var reasons = x.Exclusions.GroupBy(e => ReasonKind(e.Reason)).OrderByDescending(g => g.Count()).Select(g => $"{Fmt(g.Count())} {g.Key}");
        x.Notes.Add($"{Fmt(x.RowsRead)} transaction rows read: {Fmt(used)} used for {Fmt(customers)} customers, {Fmt(x.Exclusions.Count)} excluded{(x.Exclusions.Count > 0 ? " (" + string.Join("; ", reasons) + ")" : string.Empty)}");
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

    private static string Fmt(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
