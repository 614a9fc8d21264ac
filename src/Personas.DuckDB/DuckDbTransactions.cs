using System.Globalization;
using DuckDB.NET.Data;
using Personas.Data;
using Personas.Data.Parsing;

namespace Personas.DuckDB;

/// <summary>
/// Transactions to customer features inside DuckDB (<c>--engine duckdb</c>): DuckDB classifies every row (used, or
/// excluded with the reason the in-process reader gives), and sums per customer; the totals become features through the
/// same <see cref="CustomerTotals"/> as in-process. Amounts are summed in row order (<c>sum(x ORDER BY line)</c>), so
/// the sums are the in-process ones bit for bit, and DuckDB spills to disk instead of holding every row in memory.
/// </summary>
/// <remarks>
/// Differences from the in-process reader, by design: dates must be DATE/TIMESTAMP columns or ISO 8601 text (DuckDB's
/// cast; day-first or month-first text needs the in-process reader or a <c>--sql</c> query with <c>strptime</c>), and
/// numbers written with a decimal comma are not read (<see cref="TransactionOptions.DecimalComma"/> and
/// <see cref="TransactionOptions.DateFormat"/> are refused). A row's line is its position plus one, as for a CSV with a
/// header and no quoted line breaks.
/// </remarks>
internal static class DuckDbTransactions
{
    internal const string DateExpected = "expected a date (a DATE or TIMESTAMP column, or ISO 8601 text: the DuckDB engine reads no day-first or month-first text)";

    private const string FloatMax = "3.4028234663852886e38";

    private static readonly HashSet<string> NumericTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL",
    };

    public static CustomerTable Aggregate(DuckDbSource source, TransactionOptions o, IProgress<PersonasProgress>? progress, CancellationToken ct)
    {
        TransactionReader.Validate(o);
        if (o.DateFormat is not null || o.DecimalComma)
        {
            throw new ArgumentException("The DuckDB engine reads typed columns and ISO 8601 text: DateFormat and DecimalComma apply to the in-process reader only.", nameof(o));
        }

        ct.ThrowIfCancellationRequested();
        progress?.Report(new PersonasProgress("read: transactions", 0));
        var files = source.ResolveFiles();
        using var connection = DuckDbConnections.Open(source);
        var from = source.FromClause(files);
        var (header, types) = Describe(connection, source, from);
        var notes = new List<string> { source.Describe(files) + "; aggregated per customer by DuckDB (--engine duckdb)" };
        var sql = new RowSql(source.Name, header, types, o, notes);
        DuckDbConnections.Execute(connection, source, $"CREATE TEMP TABLE personas_tx AS SELECT {sql.Columns} FROM {from}");
        ct.ThrowIfCancellationRequested();
        progress?.Report(new PersonasProgress("read: transactions", 0.4));
        DuckDbConnections.Execute(connection, source, "CREATE TEMP VIEW personas_rows AS " + sql.Rows());

        long rowsRead, used, dotZero;
        long? maxUs;
        using (var r = Query(connection, source, "SELECT count(*), count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status <> 1 AND dot_zero), max(us) FILTER (WHERE status = 0) FROM personas_rows"))
        {
            r.Read();
            (rowsRead, used, dotZero, maxUs) = (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3));
        }

        var exclusions = Exclusions(connection, source, sql, o);
        CustomerTotals.CheckRows(source.Name, rowsRead, used, exclusions);
        ct.ThrowIfCancellationRequested();
        progress?.Report(new PersonasProgress("read: transactions", 0.7));
        var totals = Totals(connection, source, sql);
        var dateName = types[sql.DateCol] is "VARCHAR" ? "ISO 8601 text (cast by DuckDB)" : $"{types[sql.DateCol]} values";
        var context = new CustomerTotals.Context(source.Name, o, notes, exclusions, sql.InvoiceCol >= 0 ? header[sql.InvoiceCol] : null, dotZero, rowsRead, dateName);
        var snapshot = o.SnapshotDate is { } s ? DateParser.ToDays(s) : Days(maxUs!.Value) + 1;
        var table = totals.ToTable(context, snapshot, used);
        progress?.Report(new PersonasProgress("read: transactions", 1));
        return table;
    }

    /// <summary>Days since 0001-01-01 of microseconds since 1970 (the in-process reader's ticks / ticks per day).</summary>
    private static double Days(long epochMicroseconds) => (DateTime.UnixEpoch.Ticks + (epochMicroseconds * 10)) / (double)TimeSpan.TicksPerDay;

    private static (string[] Header, string[] Types) Describe(DuckDBConnection connection, DuckDbSource source, string from)
    {
        var header = new List<string>();
        var types = new List<string>();
        using var r = Query(connection, source, $"DESCRIBE SELECT * FROM {from}");
        while (r.Read())
        {
            header.Add(r.GetString(0));
            var type = r.GetString(1);
            types.Add(type.StartsWith("DECIMAL", StringComparison.OrdinalIgnoreCase) ? "DECIMAL" : type);
        }

        return ([.. header], [.. types]);
    }

    private static List<ExcludedRow> Exclusions(DuckDBConnection connection, DuckDbSource source, RowSql sql, TransactionOptions o)
    {
        var list = new List<ExcludedRow>();
        using var r = Query(connection, source, "SELECT line, id, status, found, num FROM personas_rows WHERE status <> 0 ORDER BY line");
        while (r.Read())
        {
            var line = r.GetInt64(0);
            var id = r.IsDBNull(1) ? null : r.GetString(1);
            var status = r.GetInt32(2);
            var found = r.IsDBNull(3) ? string.Empty : r.GetString(3);
            var num = r.IsDBNull(4) ? double.NaN : r.GetDouble(4);
            var (column, expected) = status switch
            {
                RowSql.BadQuantity => (o.QuantityColumn, TransactionAccumulator.NumberExpected),
                RowSql.BadPrice => (o.PriceColumn, TransactionAccumulator.NumberExpected),
                RowSql.BadAmount => (o.AmountColumn, TransactionAccumulator.NumberExpected),
                RowSql.BadProduct => (o.PriceColumn, TransactionAccumulator.ProductExpected),
                RowSql.BadDate => (o.DateColumn, DateExpected),
                _ => (null, string.Empty),
            };
            if (status == RowSql.BadProduct)
            {
                found = TransactionAccumulator.NumberText(num);
            }

            if (expected.Length > 0 && o.RowErrors == RowErrorPolicy.Fail)
            {
                throw new PersonasDataException(source.Name, line, column, found, expected);
            }

            list.Add(status switch
            {
                RowSql.NoId => new ExcludedRow(line, null, "no customer id"),
                RowSql.DroppedQuantity => new ExcludedRow(line, id, TransactionAccumulator.QuantityReason(num)),
                RowSql.DroppedPrice => new ExcludedRow(line, id, TransactionAccumulator.PriceReason(num)),
                _ => new ExcludedRow(line, id, TransactionAccumulator.BadReason(column, found, expected)),
            });
        }

        return list;
    }

    private static CustomerTotals Totals(DuckDBConnection connection, DuckDbSource source, RowSql sql)
    {
        var ids = new List<string>();
        var firstLine = new List<long>();
        var firstDay = new List<double>();
        var lastDay = new List<double>();
        var lastPurchase = new List<double>();
        var monetary = new List<double>();
        var returned = new List<double>();
        var rows = new List<int>();
        var returns = new List<int>();
        var purchases = new List<int>();
        var frequency = new List<int>();
        var frequencySql = sql.InvoiceCol >= 0 ? "count(DISTINCT invoice) FILTER (WHERE NOT ret)" : "count(*) FILTER (WHERE NOT ret)";

        // Sums in row order: the same additions in the same order as the in-process reader, so the same doubles.
        using (var r = Query(connection, source, $"""
            SELECT id, min(line) AS first_line, count(*), min(us), max(us), max(us) FILTER (WHERE NOT ret),
                   coalesce(sum(amount ORDER BY line) FILTER (WHERE NOT ret), 0), coalesce(sum(abs(amount) ORDER BY line) FILTER (WHERE ret), 0),
                   count(*) FILTER (WHERE ret), count(*) FILTER (WHERE NOT ret), {frequencySql}
            FROM personas_rows WHERE status = 0 GROUP BY id ORDER BY first_line
            """))
        {
            while (r.Read())
            {
                ids.Add(r.GetString(0));
                firstLine.Add(r.GetInt64(1));
                rows.Add(checked((int)r.GetInt64(2)));
                firstDay.Add(Days(r.GetInt64(3)));
                lastDay.Add(Days(r.GetInt64(4)));
                lastPurchase.Add(r.IsDBNull(5) ? double.NegativeInfinity : Days(r.GetInt64(5)));
                monetary.Add(r.GetDouble(6));
                returned.Add(r.GetDouble(7));
                returns.Add(checked((int)r.GetInt64(8)));
                purchases.Add(checked((int)r.GetInt64(9)));
                frequency.Add(checked((int)r.GetInt64(10)));
            }
        }

        var index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            index[ids[k]] = k;
        }

        return new CustomerTotals
        {
            Ids = ids,
            Present = Enumerable.Range(0, ids.Count).ToArray(),
            FirstLine = [.. firstLine],
            FirstDay = [.. firstDay],
            LastDay = [.. lastDay],
            LastPurchase = [.. lastPurchase],
            Monetary = [.. monetary],
            Returned = [.. returned],
            Rows = [.. rows],
            Returns = [.. returns],
            Purchases = [.. purchases],
            Frequency = [.. frequency],
            Categories = sql.CategoryCol >= 0 ? Levels(connection, source, "category", index) : null,
            Channels = sql.ChannelCol >= 0 ? Levels(connection, source, "channel", index) : null,
        };
    }

    /// <summary>Purchase rows per customer and level of a category or channel column (missing levels not counted).</summary>
    private static CustomerTotals.LevelCounts Levels(DuckDBConnection connection, DuckDbSource source, string column, Dictionary<string, int> index)
    {
        var levels = new List<string>();
        var levelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new List<(int Customer, int Level, int Count)>();
        using (var r = Query(connection, source, $"SELECT id, {column}, count(*) FROM personas_rows WHERE status = 0 AND NOT ret AND {column} IS NOT NULL GROUP BY id, {column}"))
        {
            while (r.Read())
            {
                var level = r.GetString(1);
                if (!levelIndex.TryGetValue(level, out var l))
                {
                    l = levels.Count;
                    levelIndex[level] = l;
                    levels.Add(level);
                }

                cells.Add((index[r.GetString(0)], l, checked((int)r.GetInt64(2))));
            }
        }

        var totals = new long[levels.Count];
        foreach (var (_, l, n) in cells)
        {
            totals[l] += n;
        }

        return new CustomerTotals.LevelCounts(levels, totals, (slot, slots, counts) =>
        {
            foreach (var (k, l, n) in cells)
            {
                counts[(k * slots) + slot[l]] += n;
            }
        });
    }

    private static System.Data.Common.DbDataReader Query(DuckDBConnection connection, DuckDbSource source, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return DuckDbConnections.Run(source, command.ExecuteReader);
    }

    /// <summary>The SQL that classifies rows exactly as the in-process reader does (same checks in the same order).</summary>
    internal sealed class RowSql
    {
        public const int NoId = 1;
        public const int BadQuantity = 2;
        public const int DroppedQuantity = 3;
        public const int BadPrice = 4;
        public const int DroppedPrice = 5;
        public const int BadAmount = 6;
        public const int BadProduct = 7;
        public const int BadDate = 8;

        private readonly string[] _header;
        private readonly string[] _types;
        private readonly TransactionOptions _o;

        public RowSql(string source, string[] header, string[] types, TransactionOptions o, List<string> notes)
        {
            _header = header;
            _types = types;
            _o = o;
            IdCol = TransactionAccumulator.ColumnIndex(source, header, o.CustomerColumn)!.Value;
            DateCol = TransactionAccumulator.ColumnIndex(source, header, o.DateColumn)!.Value;
            AmountCol = TransactionAccumulator.ColumnIndex(source, header, o.AmountColumn) ?? -1;
            QuantityCol = TransactionAccumulator.ColumnIndex(source, header, o.QuantityColumn) ?? -1;
            PriceCol = TransactionAccumulator.ColumnIndex(source, header, o.PriceColumn) ?? -1;
            InvoiceCol = TransactionAccumulator.ColumnIndex(source, header, o.InvoiceColumn) ?? TransactionAccumulator.FindInvoiceColumn(header, notes);
            CategoryCol = TransactionAccumulator.ColumnIndex(source, header, o.CategoryColumn) ?? -1;
            ChannelCol = TransactionAccumulator.ColumnIndex(source, header, o.ChannelColumn) ?? -1;
            Used = new[] { IdCol, DateCol, AmountCol, QuantityCol, PriceCol, InvoiceCol, CategoryCol, ChannelCol }.Where(c => c >= 0).Distinct().Order().ToArray();
        }

        public int IdCol { get; }

        public int DateCol { get; }

        public int AmountCol { get; }

        public int QuantityCol { get; }

        public int PriceCol { get; }

        public int InvoiceCol { get; }

        public int CategoryCol { get; }

        public int ChannelCol { get; }

        /// <summary>The columns kept in the temporary table (named c0, c1, ... by their index in the header).</summary>
        public int[] Used { get; }

        /// <summary>The select list of the temporary table: only the columns used, in the source's row order.</summary>
        public string Columns => string.Join(", ", Used.Select(c => $"{DuckDbConnections.Identifier(_header[c])} AS c{c}"));

        /// <summary>One row per input row: line, id, status (0 used, else the reason), the cell found, the number for the reason, and the used row's values.</summary>
        public string Rows()
        {
            var id = Text(IdCol);
            var q = Number(QuantityCol);
            var p = Number(PriceCol);
            var a = Number(AmountCol);
            var amount = AmountCol >= 0 ? "a" : "q * p";
            var status = new List<string> { $"WHEN {Missing("id_text")} THEN {NoId}" };
            var found = new List<string>();
            var num = new List<string>();
            if (QuantityCol >= 0)
            {
                status.Add($"WHEN NOT {Valid("q")} THEN {BadQuantity}");
                found.Add($"WHEN {BadQuantity} THEN q_text");
                if (_o.DropNonPositiveQuantities)
                {
                    status.Add($"WHEN q <= 0 THEN {DroppedQuantity}");
                    num.Add($"WHEN {DroppedQuantity} THEN q");
                }
            }

            if (PriceCol >= 0)
            {
                status.Add($"WHEN NOT {Valid("p")} THEN {BadPrice}");
                found.Add($"WHEN {BadPrice} THEN p_text");
                if (_o.DropNonPositivePrices)
                {
                    status.Add($"WHEN p <= 0 THEN {DroppedPrice}");
                    num.Add($"WHEN {DroppedPrice} THEN p");
                }
            }

            if (AmountCol >= 0)
            {
                status.Add($"WHEN NOT {Valid("a")} THEN {BadAmount}");
                found.Add($"WHEN {BadAmount} THEN a_text");
            }
            else
            {
                status.Add($"WHEN NOT (abs(q * p) <= {FloatMax}) THEN {BadProduct}");
                num.Add($"WHEN {BadProduct} THEN q * p");
            }

            status.Add($"WHEN us IS NULL THEN {BadDate}");
            found.Add($"WHEN {BadDate} THEN d_text");
            var prefix = _o.CancellationPrefix is { Length: > 0 } pre && InvoiceCol >= 0 ? $"starts_with(coalesce(invoice, ''), {DuckDbConnections.Literal(pre)})" : "false";
            var negativeQuantity = QuantityCol >= 0 ? " OR q < 0" : string.Empty;
            return $"""
                SELECT line, status, dot_zero, us, invoice, category, channel,
                       CASE WHEN status = {NoId} THEN NULL WHEN dot_zero THEN left(id_text, length(id_text) - 2) ELSE id_text END AS id,
                       {Case(found, "VARCHAR")} AS found,
                       {Case(num, "DOUBLE")} AS num,
                       {amount} AS amount,
                       ({prefix} OR {amount} < 0{negativeQuantity}) AS ret
                FROM (
                    SELECT *, CASE {string.Join(' ', status)} ELSE 0 END AS status
                    FROM (
                        SELECT rowid + 2 AS line, {id} AS id_text, regexp_full_match(coalesce({id}, ''), '[0-9]+\.0') AS dot_zero,
                               {q} AS q, {Text(QuantityCol)} AS q_text, {p} AS p, {Text(PriceCol)} AS p_text, {a} AS a, {Text(AmountCol)} AS a_text,
                               {Epoch()} AS us, {Text(DateCol)} AS d_text,
                               {(InvoiceCol >= 0 ? $"coalesce({Text(InvoiceCol)}, '')" : "NULL")} AS invoice,
                               {Level(CategoryCol)} AS category, {Level(ChannelCol)} AS channel
                        FROM temp.personas_tx))
                """;
        }

        private static string Case(List<string> branches, string type) => branches.Count == 0 ? $"NULL::{type}" : $"CASE status {string.Join(' ', branches)} ELSE NULL END";

        private static string Trim(string e) => $"trim({e}, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13))";

        private static string Missing(string t) => $"({t} IS NULL OR {t} = '' OR (length({t}) <= 4 AND ({t} = '?' OR lower({t}) IN ('na', 'n/a', 'nan', 'null', 'none'))))";

        private static string Valid(string v) => $"({v} IS NOT NULL AND isfinite({v}) AND abs({v}) <= {FloatMax})";

        /// <summary>The cell as the text a CSV would hold (trimmed; NULL for a missing cell).</summary>
        private string Text(int col) => col < 0 ? "NULL::VARCHAR" : Trim($"CAST(c{col} AS VARCHAR)");

        private string Level(int col) => col < 0 ? "NULL::VARCHAR" : $"CASE WHEN {Missing(Text(col))} THEN NULL ELSE {Text(col)} END";

        private string Number(int col) => col < 0
            ? "NULL::DOUBLE"
            : NumericTypes.Contains(_types[col]) ? $"CAST(c{col} AS DOUBLE)" : $"TRY_CAST({Text(col)} AS DOUBLE)";

        /// <summary>The instant in microseconds since 1970 (UTC): typed dates and timestamps as they are, text through DuckDB's ISO 8601 cast.</summary>
        private string Epoch()
        {
            var type = _types[DateCol];
            return type switch
            {
                "TIMESTAMP WITH TIME ZONE" => $"epoch_us(c{DateCol})",
                "DATE" or "TIMESTAMP" or "TIMESTAMP_S" or "TIMESTAMP_MS" or "TIMESTAMP_NS" => $"epoch_us(CAST(c{DateCol} AS TIMESTAMP))",
                _ => $"epoch_us(TRY_CAST({Text(DateCol)} AS TIMESTAMP))",
            };
        }
    }
}
