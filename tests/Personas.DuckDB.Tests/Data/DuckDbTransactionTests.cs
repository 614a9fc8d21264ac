using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;

namespace Personas.DuckDB.Tests.Data;

/// <summary>
/// Transactions aggregated inside DuckDB (<c>--engine duckdb</c>) give exactly the in-process table: the same customers in
/// the same order, every feature value bit for bit (amounts are summed in row order), the same exclusions with line,
/// customer and reason, and the same row accounting; from a CSV (read by DuckDB as text) and from typed Parquet.
/// </summary>
public sealed class DuckDbTransactionTests
{
    private static readonly TransactionOptions Small = new()
    {
        CustomerColumn = "customer",
        DateColumn = "ordered_at",
        QuantityColumn = "qty",
        PriceColumn = "price",
        CategoryColumn = "category",
        ChannelColumn = "channel",
    };

    private static readonly TransactionOptions Retail = new()
    {
        CustomerColumn = "CustomerID",
        DateColumn = "InvoiceDate",
        QuantityColumn = "Quantity",
        PriceColumn = "UnitPrice",
        InvoiceColumn = "InvoiceNo",
        ChannelColumn = "Country",
    };

    private static string RetailPath => Paths.Shared("online-retail/online_retail.csv");

    /// <summary>Order lines with every rule: ids written as 17.0, missing ids (empty and NA), returns (negative quantity), cancellations (C invoices), a customer with returns only, bad numbers, zero prices, missing categories, sums that depend on their order.</summary>
    private static string SmallCsv()
    {
        var lines = new List<string> { "order_no,customer,ordered_at,qty,price,category,channel" };
        var categories = new[] { "shoes", "bags", "hats", "NA", "coats", "socks" };
        var channels = new[] { "web", "store", "app" };
        for (var i = 0; i < 400; i++)
        {
            var customer = i % 37 == 0 ? string.Empty : i % 53 == 0 ? "NA" : i % 5 == 0 ? $"{1000 + (i % 23)}.0" : $"{1000 + (i % 23)}";
            var invoice = i % 19 == 0 ? $"C{5000 + (i / 3)}" : $"{5000 + (i / 3)}";
            var qty = i == 101 ? "x" : i % 13 == 0 ? "-2" : i % 29 == 0 ? "0" : $"{1 + (i % 7)}";
            var price = i == 202 ? string.Empty : i % 31 == 0 ? "0" : $"{0.1 + (i % 11 * 0.37):0.###}".Replace(',', '.');
            var day = new DateTime(2024, 1, 1).AddDays(i % 97).AddMinutes(i * 17);
            lines.Add($"{invoice},{customer},{day:yyyy-MM-dd HH:mm:ss},{qty},{price},{categories[i % categories.Length]},{channels[i % 3]}");
        }

        lines.Add("9999,2000,2024-03-01 10:00:00,-1,5.5,shoes,web"); // returns only
        var path = Path.Combine(Paths.NewTempDir(), "orders.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static void AssertSameFeatures(CustomerTable inProcess, CustomerTable duck)
    {
        ParquetSourceTests.AssertSameTable(inProcess, duck);
        Assert.Equal(inProcess.Lines, duck.Lines);
        Assert.Equal(inProcess.Columns.Select(c => c.Reason), duck.Columns.Select(c => c.Reason));
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, false, true)]
    public void SmallCsv_DuckDbEngine_GivesTheInProcessTableExactly(bool dropQuantities, bool dropPrices, bool net)
    {
        var csv = SmallCsv();
        var o = Small with { DropNonPositiveQuantities = dropQuantities, DropNonPositivePrices = dropPrices, NetMonetary = net, MaxCategoryLevels = 4 };
        var inProcess = TransactionReader.ReadFile(csv, o);
        var duck = DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(csv), o);
        AssertSameFeatures(inProcess, duck);
        Assert.Contains(duck.Exclusions, e => e.Reason == "no customer id");
        Assert.Contains(duck.Exclusions, e => e.Reason.StartsWith("column 'qty': expected a finite number, found 'x'", StringComparison.Ordinal));
        Assert.Contains(duck.Ids, id => id == "1005"); // written as 1005.0
        Assert.Contains(duck.Notes, n => n.Contains("'.0'", StringComparison.Ordinal));
        Assert.Contains(duck.Notes, n => n.Contains("aggregated per customer by DuckDB", StringComparison.Ordinal));
        Assert.Contains(duck.Columns, c => c.Name == "share_category=(other)");
    }

    [Fact]
    public void TypedParquet_DuckDbEngine_GivesTheInProcessTableOfTheSameParquet()
    {
        var csv = SmallCsv();
        var parquet = ParquetFiles.FromCsv(csv, Path.Combine(Paths.NewTempDir(), "orders.parquet"), readOptions: ", types = {'customer': 'VARCHAR', 'order_no': 'VARCHAR', 'qty': 'VARCHAR', 'price': 'VARCHAR'}");
        var typed = ParquetFiles.FromCsv(csv, Path.Combine(Paths.NewTempDir(), "typed.parquet"), "SELECT order_no, customer, CAST(ordered_at AS TIMESTAMP) AS ordered_at, TRY_CAST(qty AS BIGINT) AS qty, TRY_CAST(price AS DOUBLE) AS price, category, channel FROM csv", ", types = {'customer': 'VARCHAR', 'order_no': 'VARCHAR', 'qty': 'VARCHAR', 'price': 'VARCHAR'}");
        foreach (var file in new[] { parquet, typed })
        {
            var source = DuckDbSource.Parquet(file);
            AssertSameFeatures(DuckDbReader.ReadTransactions(source, Small), DuckDbReader.AggregateTransactions(source, Small));
        }
    }

    [Fact]
    public void BadRow_UnderFailPolicy_FailsAtTheSameLineAsInProcess()
    {
        var csv = SmallCsv();
        var o = Small with { RowErrors = RowErrorPolicy.Fail };
        var inProcess = Assert.Throws<PersonasDataException>(() => TransactionReader.ReadFile(csv, o));
        var duck = Assert.Throws<PersonasDataException>(() => DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(csv), o));
        Assert.Equal(inProcess.Line, duck.Line);
        Assert.Equal(inProcess.Message, duck.Message);
    }

    [Fact]
    public void DayFirstText_IsExcludedWithAReasonThatNamesTheEngine_AndDateFormatIsRefused()
    {
        var path = Path.Combine(Paths.NewTempDir(), "dayfirst.csv");
        File.WriteAllLines(path, ["customer,ordered_at,amount", "a,2024-01-05,10", "b,13/01/2024,20"]);
        var o = new TransactionOptions { CustomerColumn = "customer", DateColumn = "ordered_at", AmountColumn = "amount" };
        var t = DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(path), o);
        Assert.Equal(["a"], t.Ids);
        var excluded = Assert.Single(t.Exclusions);
        Assert.Equal((3L, "b"), (excluded.Line, excluded.CustomerId));
        Assert.Contains("no day-first or month-first text", excluded.Reason, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(path), o with { DateFormat = "dd/MM/yyyy" }));
        var missing = Assert.Throws<PersonasDataException>(() => DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(path), o with { AmountColumn = "total" }));
        Assert.Contains("expected a column named 'total'", missing.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("online-retail/online_retail.csv")]
    public void OnlineRetail_EveryCustomersFeatures_EqualTheInProcessOnes()
    {
        foreach (var o in new[] { Retail, Retail with { DropNonPositiveQuantities = true, DropNonPositivePrices = true } })
        {
            var inProcess = TransactionReader.ReadFile(RetailPath, o);
            var duck = DuckDbReader.AggregateTransactions(DuckDbSource.DelimitedText(RetailPath), o);
            Assert.Equal(o.DropNonPositiveQuantities ? 4338 : 4372, duck.RowCount);
            Assert.Equal(541909, duck.RowsRead);
            AssertSameFeatures(inProcess, duck);
        }
    }
}
