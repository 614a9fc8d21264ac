using Personas.Data;

namespace Personas.Tests.Hardening;

/// <summary>Hostile and malformed transaction files: one row per customer with finite RFM features, or a located <see cref="PersonasDataException"/>.</summary>
public class TransactionReaderFuzzTests
{
    private const string Seed =
        "invoice,customer,date,qty,price,category,channel\n" +
        "o1,A,2024-01-01,2,50,shoes,web\n" +
        "o1,A,2024-01-01,1,25.5,socks,web\n" +
        "o2,A,2024-01-11 10:30,3,10,shoes,store\n" +
        "Co3,A,2024-01-12,-1,20,socks,web\n" +
        "o4,B,2024-01-05,1,10,hats,store\n" +
        "o5,,2024-01-06,1,99,hats,web\n" +
        "o6,C,05/02/2024,4,1.25,shoes,app\n" +
        "o7,B,2024-02-29T23:00:00Z,1,0,hats,store\n";

    private static readonly TransactionOptions Options = new()
    {
        CustomerColumn = "customer", DateColumn = "date", QuantityColumn = "qty", PriceColumn = "price",
        InvoiceColumn = "invoice", CategoryColumn = "category", ChannelColumn = "channel",
    };

    [Fact]
    public void ReadFile_OnMalformedFiles_ReadsConsistentlyOrThrowsLocatedDataException()
    {
        var (read, _) = FuzzHarness.Run("transactions", MalformedInput.Cases(Seed, ["invoice", "customer", "date", "qty", "price", "category", "channel"]),
            path => TransactionReader.ReadFile(path, Options), (t, c) =>
            {
                // NaN is the documented missing value (a customer with only returns has no average order value); infinity never is.
                if (t.Columns.Any(col => col.IsNumeric && col.Numbers.Span.ToArray().Any(float.IsInfinity)))
                {
                    return "an RFM value is infinite";
                }

                if (t.Ids.Distinct(StringComparer.Ordinal).Count() != t.RowCount)
                {
                    return "a customer appears twice";
                }

                return t.RowsRead > FuzzHarness.PhysicalLines(c.Bytes) ? "more rows read than lines" : CustomerReaderFuzzTests.CheckFeatures(t);
            });
        Assert.True(read > FuzzHarness.Cases / 10, $"only {read} successful reads");
    }
}
