using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;
using Personas.Journeys;

namespace Personas.DuckDB.Tests.Data;

/// <summary>
/// Parquet input reads like the equivalent CSV: the same roles with their reasons' kinds, the same values, the same
/// exclusions and <c>rows read = used + excluded</c>; a folder or glob of files reads like one file; a build from Parquet
/// writes a byte-identical assignments.csv.
/// </summary>
public sealed class ParquetSourceTests
{
    private static readonly string SampleCsv = Path.Combine(Paths.DataSamples, "customers.csv");

    internal static void AssertSameTable(CustomerTable csv, CustomerTable other)
    {
        Assert.Equal(csv.RowsRead, other.RowsRead);
        Assert.Equal(csv.RowsUsed, other.RowsUsed);
        Assert.Equal(csv.Exclusions.Select(e => (e.Line, e.CustomerId, e.Reason)), other.Exclusions.Select(e => (e.Line, e.CustomerId, e.Reason)));
        Assert.Equal(csv.IdColumn, other.IdColumn);
        Assert.Equal(csv.Ids, other.Ids);
        Assert.Equal(csv.Columns.Select(c => (c.Name, c.Role)), other.Columns.Select(c => (c.Name, c.Role)));
        foreach (var (a, b) in csv.Columns.Zip(other.Columns))
        {
            Assert.Equal(a.IsNumeric, b.IsNumeric);
            if (a.IsNumeric)
            {
                Assert.Equal(a.Numbers.ToArray(), b.Numbers.ToArray());
            }
            else
            {
                Assert.Equal(a.Levels, b.Levels);
                Assert.Equal(a.Codes.ToArray(), b.Codes.ToArray());
            }
        }
    }

    [Fact]
    public void SampleCustomers_ParquetReadsAsTheCsv_AndBuildsByteIdenticalAssignments()
    {
        var dir = Paths.NewTempDir();
        var parquet = ParquetFiles.FromCsv(SampleCsv, Path.Combine(dir, "customers.parquet"));
        var fromCsv = CustomerReader.ReadFile(SampleCsv);
        var fromParquet = DuckDbReader.ReadCustomers(DuckDbSource.Parquet(parquet));
        AssertSameTable(fromCsv, fromParquet);
        Assert.Contains(fromParquet.Notes, n => n.Contains("Parquet file", StringComparison.Ordinal));

        var options = new PersonaBuildOptions { Segmentation = new() { K = 4 } };
        var a = Path.Combine(dir, "a");
        var b = Path.Combine(dir, "b");
        PersonaBuilder.Build(fromCsv, options).Save(a, new BuildOutputOptions { Clock = new FixedTime() });
        PersonaBuilder.Build(fromParquet, options).Save(b, new BuildOutputOptions { Clock = new FixedTime() });
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "assignments.csv")), File.ReadAllBytes(Path.Combine(b, "assignments.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "exclusions.csv")), File.ReadAllBytes(Path.Combine(b, "exclusions.csv")));
    }

    [Fact]
    public void FolderAndGlob_OfSeveralFiles_ReadAsOneFileInNameOrder()
    {
        var dir = Paths.NewTempDir();
        var folder = Directory.CreateDirectory(Path.Combine(dir, "parts")).FullName;
        for (var part = 0; part < 3; part++)
        {
            ParquetFiles.FromCsv(SampleCsv, Path.Combine(folder, $"part-{part}.parquet"), $"SELECT * FROM csv WHERE CAST(substr(customer_id, 2) AS INTEGER) % 3 = {part} ORDER BY customer_id");
        }

        var expected = DuckDbReader.ReadCustomers(DuckDbSource.FromQuery($"SELECT * FROM read_csv('{SampleCsv}', header = true) ORDER BY CAST(substr(customer_id, 2) AS INTEGER) % 3, customer_id"));
        AssertSameTable(expected, DuckDbReader.ReadCustomers(DuckDbSource.Parquet(folder)));
        AssertSameTable(expected, DuckDbReader.ReadCustomers(DuckDbSource.Parquet(Path.Combine(folder, "part-*.parquet"))));
        Assert.Contains(DuckDbReader.ReadCustomers(DuckDbSource.Parquet(folder)).Notes, n => n.StartsWith("3 Parquet files", StringComparison.Ordinal));
    }

    [Fact]
    public void BadRows_AreExcludedWithLineAndReason_AsInTheCsv()
    {
        var dir = Paths.NewTempDir();
        var csv = Path.Combine(dir, "bad.csv");
        File.WriteAllLines(csv, new[] { "id,age,spend,region" }
            .Concat(Enumerable.Range(1, 60).Select(i => $"C{i},{20 + (i % 40)},{(i == 7 ? "lots" : (i * 13 % 500).ToString(System.Globalization.CultureInfo.InvariantCulture))},{(i % 3 == 0 ? "north" : "south")}"))
            .Append("C5,30,12,north")
            .Append("C99,,40,")
            .Append("C100,1e39,3,north"));
        var fromCsv = CustomerReader.ReadFile(csv, new CustomerReadOptions { DuplicateIds = DuplicateIdPolicy.KeepFirst });
        var parquet = ParquetFiles.FromCsv(csv, Path.Combine(dir, "bad.parquet"), readOptions: ", all_varchar = true");
        var fromParquet = DuckDbReader.ReadCustomers(DuckDbSource.Parquet(parquet), new CustomerReadOptions { DuplicateIds = DuplicateIdPolicy.KeepFirst });
        AssertSameTable(fromCsv, fromParquet);
        Assert.Equal(fromParquet.RowsRead, fromParquet.RowsUsed + fromParquet.Exclusions.Count);
        Assert.Equal(3, fromParquet.Exclusions.Count);
        Assert.Contains(fromParquet.Exclusions, e => e.Line == 8 && e.Reason.Contains("'lots'", StringComparison.Ordinal));
    }

    [Fact]
    public void TypedColumns_TakeTheirTypeFromTheSchema_WithTheSameRoleRulesAsCsv()
    {
        var dir = Paths.NewTempDir();
        var parquet = Path.Combine(dir, "typed.parquet");
        ParquetFiles.Run($"""
            COPY (SELECT 'K' || i AS customer_id, CAST(i % 2 AS INTEGER) AS member, i % 2 = 0 AS newsletter, CAST(i * 1.25 AS DECIMAL(10, 2)) AS spend,
                         CAST(i / 7.0 AS FLOAT) AS ratio, DATE '2024-01-05' + CAST(i AS INTEGER) AS joined, TIMESTAMP '2024-03-01 10:30:00' + INTERVAL (i) MINUTE AS last_seen,
                         CAST(i % 5 AS VARCHAR) AS digits_text, CAST(i % 5 AS INTEGER) AS region_code, ['a', 'b'] AS tags, 7 AS constant, CASE WHEN i % 10 = 0 THEN NULL ELSE 'x' || (i % 4) END AS segment
                  FROM range(1, 201) t(i)) TO '{parquet}' (FORMAT PARQUET)
            """);
        var table = DuckDbReader.ReadCustomers(DuckDbSource.Parquet(parquet));
        ColumnRole Role(string name) => table[name].Role;
        Assert.Equal("customer_id", table.IdColumn);
        Assert.Equal(ColumnRole.Boolean, Role("member"));
        Assert.Equal(ColumnRole.Boolean, Role("newsletter"));
        Assert.Equal(ColumnRole.Numeric, Role("spend"));
        Assert.Equal(ColumnRole.Numeric, Role("ratio"));
        Assert.Equal(ColumnRole.Date, Role("joined"));
        Assert.Equal(ColumnRole.Date, Role("last_seen"));
        Assert.Equal(ColumnRole.Numeric, Role("digits_text"));

        // An integer column named like a code is a category, as in a CSV (docs/columns.md, "Codes are categories").
        Assert.Equal(ColumnRole.Categorical, Role("region_code"));
        Assert.Equal(ColumnRole.Constant, Role("constant"));
        Assert.Equal(ColumnRole.Categorical, Role("segment"));
        Assert.False(table.TryGetColumn("tags", out _));
        Assert.Contains(table.Notes, n => n.Contains("'tags'", StringComparison.Ordinal) && n.Contains("not read", StringComparison.Ordinal));
        Assert.Equal((float)(7 / 7.0), table["ratio"].Numbers.Span[6]);
        Assert.Equal(1.25f * 3, table["spend"].Numbers.Span[2]);
        Assert.Equal(200 - 3, table["joined"].Numbers.Span[2]);
        Assert.Equal(20, table["segment"].Codes.ToArray().Count(c => c < 0));
    }

    [Fact]
    public void MissingOrEmptyParquetInput_IsADataErrorNamingIt()
    {
        var dir = Paths.NewTempDir();
        var e = Assert.Throws<PersonasDataException>(() => DuckDbReader.ReadCustomers(DuckDbSource.Parquet(Path.Combine(dir, "none.parquet"))));
        Assert.Contains("none.parquet", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<PersonasDataException>(() => DuckDbReader.ReadCustomers(DuckDbSource.Parquet(Path.Combine(dir, "*.parquet"))));
        Assert.Contains("matches none", e.Message, StringComparison.Ordinal);
        var notParquet = Path.Combine(dir, "fake.parquet");
        File.WriteAllText(notParquet, "id,x\n1,2\n");
        e = Assert.Throws<PersonasDataException>(() => DuckDbReader.ReadCustomers(DuckDbSource.Parquet(notParquet)));
        Assert.Contains("DuckDB says", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_FromParquet_ReadAsTheCsv()
    {
        var csv = Path.Combine(Paths.DataSamples, "touchpoints.csv");
        var parquet = ParquetFiles.FromCsv(csv, Path.Combine(Paths.NewTempDir(), "touchpoints.parquet"), readOptions: ", all_varchar = true");
        var a = EventLogReader.ReadFile(csv);
        var b = DuckDbReader.ReadEvents(DuckDbSource.Parquet(parquet));
        Assert.Equal(a.EventsRead, b.EventsRead);
        Assert.Equal(a.Count, b.Count);
        Assert.Equal(a.Exclusions.Select(e => (e.Line, e.Reason)), b.Exclusions.Select(e => (e.Line, e.Reason)));
        Assert.Equal(a.Customers, b.Customers);
        Assert.Equal(a.UtcTicks.ToArray(), b.UtcTicks.ToArray());
        Assert.Equal(a.TouchpointIds.ToArray(), b.TouchpointIds.ToArray());
        Assert.Equal(a.IsConversion.ToArray(), b.IsConversion.ToArray());
    }

    [Fact]
    public void Transactions_FromParquet_AggregateAsTheCsv()
    {
        var dir = Paths.NewTempDir();
        var csv = Path.Combine(dir, "orders.csv");
        var random = new Random(3);
        File.WriteAllLines(csv, new[] { "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,Channel" }.Concat(Enumerable.Range(0, 800).Select(i =>
            $"{(i % 37 == 0 ? "C" : string.Empty)}{5000 + (i / 3)},{100 + random.Next(60)},2024-{1 + random.Next(12):00}-{1 + random.Next(28):00} {random.Next(24):00}:{random.Next(60):00},{(i % 37 == 0 ? -1 : 1 + random.Next(5))},{random.Next(100, 5000) / 100.0:0.00},{(random.Next(2) == 0 ? "web" : "store")}")));
        var options = new TransactionOptions { CustomerColumn = "CustomerID", DateColumn = "InvoiceDate", QuantityColumn = "Quantity", PriceColumn = "UnitPrice", ChannelColumn = "Channel" };
        var parquet = ParquetFiles.FromCsv(csv, Path.Combine(dir, "orders.parquet"));
        AssertSameTable(TransactionReader.ReadFile(csv, options), DuckDbReader.ReadTransactions(DuckDbSource.Parquet(parquet), options));
    }
}

internal sealed class FixedTime : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
