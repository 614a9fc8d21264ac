using Personas.Data;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Data;

public class TransactionReaderTests
{
    private static readonly TransactionOptions Retail = new()
    {
        CustomerColumn = "CustomerID",
        DateColumn = "InvoiceDate",
        QuantityColumn = "Quantity",
        PriceColumn = "UnitPrice",
        InvoiceColumn = "InvoiceNo",
    };

    private static string RetailPath => Paths.Shared("online-retail/online_retail.csv");

    private static CustomerTable ReadText(string text, TransactionOptions o)
    {
        var path = Path.Combine(Paths.NewTempDir(), "tx.csv");
        File.WriteAllText(path, text);
        return TransactionReader.ReadFile(path, o);
    }

    private static (double Mean, double Median, double Max) Stats(CustomerColumn c)
    {
        var v = c.Numbers.ToArray().Select(x => (double)x).OrderBy(x => x).ToArray();
        var median = v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
        return (v.Average(), median, v[^1]);
    }

    [SharedDataFact("online-retail/online_retail.csv")]
    public void OnlineRetail_AsExported_Gives4372Customers()
    {
        var t = TransactionReader.ReadFile(RetailPath, Retail);
        Assert.Equal(4372, t.RowCount); // UCI: 4,372 CustomerIDs
        Assert.Equal(541909, t.RowsRead);
        Assert.Equal(406829, t.RowsUsed); // rows with a CustomerID
        Assert.Equal(135080, t.Exclusions.Count(x => x.Reason == "no customer id"));
        Assert.Equal(t.RowsRead, t.RowsUsed + t.Exclusions.Count);
        Assert.Contains("17850", t.Ids); // written as 17850.0
        Assert.Contains(t.Notes, n => n.Contains("'.0'", StringComparison.Ordinal));
        Assert.Contains(t["return_rate"].Numbers.ToArray(), v => v > 0);
    }

    [SharedDataFact("online-retail/online_retail.csv")]
    public void OnlineRetail_DroppingNonPositiveQuantities_Gives4339Customers()
    {
        // Only the CLI's flags (customer, date, quantity, price): the invoice column is found by its name.
        var t = TransactionReader.ReadFile(RetailPath, Retail with { InvoiceColumn = null, DropNonPositiveQuantities = true });
        Assert.Equal(4339, t.RowCount);
        Assert.Contains(t.Notes, n => n.StartsWith("invoice column: 'InvoiceNo'", StringComparison.Ordinal));
        Assert.Equal(397924, t.RowsUsed);
        Assert.Equal(541909, t.RowsRead);
    }

    [SharedDataFact("online-retail/online_retail.csv")]
    public void OnlineRetail_Rfm_MatchesPublishedFigures()
    {
        // PROVENANCE.md: on the 397,884 rows with CustomerID, Quantity > 0 and UnitPrice > 0, snapshot = last + 1 day:
        // Recency mean 92.54 median 51; Frequency mean 4.27 median 2 max 209; Monetary mean 2054.27 median 674.48 max 280,206.02.
        var t = TransactionReader.ReadFile(RetailPath, Retail with { DropNonPositiveQuantities = true, DropNonPositivePrices = true });
        Assert.Equal(4338, t.RowCount);
        Assert.Equal(397884, t.RowsUsed);
        var r = Stats(t["recency_days"]);
        Assert.Equal((92.54, 51.0), (Math.Round(r.Mean, 2), r.Median));
        var f = Stats(t["frequency"]);
        Assert.Equal((4.27, 2.0, 209.0), (Math.Round(f.Mean, 2), f.Median, f.Max));
        var m = Stats(t["monetary"]);
        Assert.Equal(2054.27, m.Mean, 0.01);
        Assert.Equal(674.48, m.Median, 0.01);
        Assert.Equal(280206.02, m.Max, 0.05); // float storage
        Assert.Contains(t.Notes, n => n.Contains("snapshot 2011-12-10 12:50:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Synthetic_RfmReturnRateSharesAndExclusions()
    {
        var text =
            "order,customer,date,amount,channel\n" +
            "o1,A,2024-01-01,100,web\n" +
            "o1,A,2024-01-01,50,web\n" +
            "o2,A,2024-01-11,30,store\n" +
            "Co3,A,2024-01-12,-20,web\n" +
            "o4,B,2024-01-05,10,store\n" +
            "o5,,2024-01-06,99,web\n" +
            "o6,B,not a date,5,web\n";
        var t = ReadText(text, new TransactionOptions { CustomerColumn = "customer", DateColumn = "date", AmountColumn = "amount", InvoiceColumn = "order", ChannelColumn = "channel", CancellationPrefix = "C" });
        Assert.Equal(["A", "B"], t.Ids);
        Assert.Equal("customer", t.IdColumn);
        Assert.Equal([2L, 6L], t.Lines);
        // Snapshot = last transaction (2024-01-12) + 1 day = 2024-01-13.
        Assert.Equal([2f, 8f], t["recency_days"].Numbers.ToArray()); // A's last purchase 01-11; B's 01-05
        Assert.Equal([2f, 1f], t["frequency"].Numbers.ToArray()); // A: o1, o2 (Co3 is a cancellation)
        Assert.Equal([180f, 10f], t["monetary"].Numbers.ToArray()); // purchases only: 100 + 50 + 30
        Assert.Equal([20f, 0f], t["returned_value"].Numbers.ToArray()); // the cancellation, as its own feature
        Assert.Equal([12f, 8f], t["tenure_days"].Numbers.ToArray());
        Assert.Equal([90f, 10f], t["avg_order_value"].Numbers.ToArray());
        Assert.Equal([0.25f, 0f], t["return_rate"].Numbers.ToArray());
        var net = ReadText(text, new TransactionOptions { CustomerColumn = "customer", DateColumn = "date", AmountColumn = "amount", InvoiceColumn = "order", CancellationPrefix = "C", NetMonetary = true });
        Assert.Equal([160f, 10f], net["monetary"].Numbers.ToArray()); // net: 100 + 50 + 30 - 20
        Assert.Equal([80f, 10f], net["avg_order_value"].Numbers.ToArray());
        Assert.False(net.TryGetColumn("returned_value", out _));
        Assert.Equal([2f / 3, 0f], t["share_channel=web"].Numbers.ToArray());
        Assert.Equal([1f / 3, 1f], t["share_channel=store"].Numbers.ToArray());
        Assert.Equal(7, t.RowsRead);
        Assert.Equal(5, t.RowsUsed);
        Assert.Equal("no customer id", t.Exclusions.Single(x => x.Line == 7).Reason);
        var bad = t.Exclusions.Single(x => x.Line == 8);
        Assert.Equal("B", bad.CustomerId);
        Assert.Equal("column 'date': expected a date (ISO 8601, day-first or month-first), found 'not a date'", bad.Reason);
    }

    [Fact]
    public void Synthetic_DayFirstDatesByEvidence_AndSnapshotOption()
    {
        var text = "c,d,q,p\nA,13/01/2024,1,2\nA,02/01/2024,1,3\n";
        var t = ReadText(text, new TransactionOptions { CustomerColumn = "c", DateColumn = "d", QuantityColumn = "q", PriceColumn = "p", SnapshotDate = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.Equal([19f], t["recency_days"].Numbers.ToArray()); // 2024-01-13 .. 2024-02-01
        Assert.Equal([30f], t["tenure_days"].Numbers.ToArray()); // 2024-01-02 .. 2024-02-01
        Assert.Equal([5f], t["monetary"].Numbers.ToArray());
        Assert.Equal([2f], t["frequency"].Numbers.ToArray()); // no invoice column: each purchase row is an order
        Assert.Contains(t.Notes, n => n.StartsWith("dates: dd/mm/yyyy", StringComparison.Ordinal));
    }

    [Fact]
    public void InvoiceColumn_IsFoundByName_WhenNotGiven()
    {
        var text = "Order ID,c,d,a\n1,A,2024-01-01,5\n1,A,2024-01-01,6\n2,A,2024-01-02,7\nC3,A,2024-01-03,-7\n";
        var t = ReadText(text, new TransactionOptions { CustomerColumn = "c", DateColumn = "d", AmountColumn = "a" });
        Assert.Equal([2f], t["frequency"].Numbers.ToArray());
        Assert.Equal([0.25f], t["return_rate"].Numbers.ToArray());
        Assert.Contains(t.Notes, n => n.StartsWith("invoice column: 'Order ID'", StringComparison.Ordinal));
    }

    [Fact]
    public void BadAmount_FailPolicy_Throws()
    {
        var e = Assert.Throws<PersonasDataException>(() => ReadText("c,d,a\nA,2024-01-01,x\n", new TransactionOptions { CustomerColumn = "c", DateColumn = "d", AmountColumn = "a", RowErrors = RowErrorPolicy.Fail }));
        Assert.Equal((2L, "a", "x"), (e.Line!.Value, e.Column!, e.Found!));
    }

    [Fact]
    public void MissingColumn_NamesIt()
    {
        var e = Assert.Throws<PersonasDataException>(() => ReadText("c,d,a\nA,2024-01-01,1\n", new TransactionOptions { CustomerColumn = "customer", DateColumn = "d", AmountColumn = "a" }));
        Assert.Equal("customer", e.Column);
    }

    [Fact]
    public void NoAmount_IsArgumentError() =>
        Assert.Throws<ArgumentException>(() => ReadText("c,d,a\nA,2024-01-01,1\n", new TransactionOptions { CustomerColumn = "c", DateColumn = "d", QuantityColumn = "a" }));

    [Fact]
    public void AllRowsWithoutCustomer_Throws()
    {
        var e = Assert.Throws<PersonasDataException>(() => ReadText("c,d,a\n,2024-01-01,1\n", new TransactionOptions { CustomerColumn = "c", DateColumn = "d", AmountColumn = "a" }));
        Assert.Contains("no customer id", e.Message, StringComparison.Ordinal);
    }
}
