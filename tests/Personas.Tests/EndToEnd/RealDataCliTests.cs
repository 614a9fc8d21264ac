using System.Text.Json;
using Personas.Tests.Cli;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>
/// Every real data set of issue 3 builds personas through the CLI without an error (with k = 3 to keep CI short: the
/// defaults, automatic k included, are checked on the same files by <see cref="RealDataKnownAnswerTests"/>).
/// </summary>
public class RealDataCliTests
{
    private static JsonDocument BuildOk(params string[] args)
    {
        var outDir = Paths.NewTempDir();
        var (code, _, err) = BuildCommandTests.Run([.. args, "--k", "3", "--out", outDir]);
        Assert.True(code == 0, err);
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json")));
        var source = doc.RootElement.GetProperty("source");
        Assert.Equal(source.GetProperty("rowsRead").GetInt64(), source.GetProperty("rowsUsed").GetInt64() + source.GetProperty("rowsExcluded").GetInt64());
        Assert.True(doc.RootElement.GetProperty("personas").GetArrayLength() >= 2);
        return doc;
    }

    private static string Role(JsonDocument doc, string column) =>
        doc.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("role").GetString()!;

    [SharedDataFact("customer-personality-analysis/marketing_campaign.csv")]
    public void Build_CustomerPersonalityAnalysis_TabSeparated()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("customer-personality-analysis/marketing_campaign.csv"));
        Assert.Equal("date", Role(doc, "Dt_Customer"));
        Assert.Equal("constant", Role(doc, "Z_CostContact"));
        Assert.Equal("categorical", Role(doc, "Education"));
    }

    [SharedDataFact("mall-customers/Mall_Customers.csv")]
    public void Build_MallCustomers()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("mall-customers/Mall_Customers.csv"));
        Assert.Equal("numeric", Role(doc, "Annual Income (k$)"));
    }

    [SharedDataFact("online-shoppers-intention/online_shoppers_intention.csv")]
    public void Build_OnlineShoppersIntention()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("online-shoppers-intention/online_shoppers_intention.csv"));
        Assert.Equal("boolean", Role(doc, "Revenue"));
    }

    [SharedDataFact("online-shoppers-intention/online_shoppers_intention.kaggle-variant-with-NA-and-neg1.csv")]
    public void Build_OnlineShoppersMessyVariant_ReportsBlankRowsAndNegativeOnes()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("online-shoppers-intention/online_shoppers_intention.kaggle-variant-with-NA-and-neg1.csv"));
        // Reported, not fatal: the mostly blank rows (kept and imputed) and the -1 values (often a code for missing).
        var decisions = doc.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(decisions, d => d.Contains("mostly blank", StringComparison.Ordinal));
        var reasons = doc.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("reason").GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains("-1 appears", StringComparison.Ordinal));
    }

    [SharedDataFact("bank-marketing/bank-full.csv")]
    public void Build_BankMarketing_SemicolonQuoted()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("bank-marketing/bank-full.csv"));
        Assert.Equal("categorical", Role(doc, "job"));
        Assert.Equal("numeric", Role(doc, "balance"));
    }

    [SharedDataFact("telco-customer-churn/Telco-Customer-Churn.csv")]
    public void Build_TelcoChurn_BlankTotalCharges()
    {
        using var doc = BuildOk("build", "--customers", Paths.Shared("telco-customer-churn/Telco-Customer-Churn.csv"));
        Assert.Equal("numeric", Role(doc, "TotalCharges"));
    }

    [SharedDataFact("online-retail/online_retail.csv")]
    public void Build_OnlineRetail_AsTransactions()
    {
        using var doc = BuildOk("build", "--transactions", Paths.Shared("online-retail/online_retail.csv"), "--customer-column", "CustomerID", "--date-column", "InvoiceDate", "--quantity-column", "Quantity", "--price-column", "UnitPrice");
        var customers = doc.RootElement.GetProperty("personas").EnumerateArray().Sum(p => p.GetProperty("size").GetInt32());
        Assert.Equal(4372, customers); // the dataset's published count of customers with an id
        Assert.Equal(4372, doc.RootElement.GetProperty("source").GetProperty("customers").GetInt32());
        Assert.Equal(541909, doc.RootElement.GetProperty("source").GetProperty("rowsRead").GetInt32());
    }
}
