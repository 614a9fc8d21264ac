using Personas.Data;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Data;

/// <summary>The real datasets of issue 3 load with sensible roles; expected counts come from each dataset's PROVENANCE.md.</summary>
public class RealDataTests
{
    private static int Ones(CustomerColumn c) => c.Numbers.ToArray().Count(v => v == 1f);

    private static int LevelCount(CustomerColumn c, string level) => c.Codes.ToArray().Count(code => code == c.Levels.ToList().IndexOf(level));

    [SharedDataFact("customer-personality-analysis/marketing_campaign.csv")]
    public void MarketingCampaign_TabSeparated_RolesAsPublished()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("customer-personality-analysis/marketing_campaign.csv"));
        Assert.Equal(2240, t.RowCount);
        Assert.Empty(t.Exclusions);
        Assert.Equal("ID", t.IdColumn);
        Assert.Contains(t.Notes, n => n.StartsWith("delimiter: 'tab'", StringComparison.Ordinal));
        Assert.Equal("date (dd-mm-yyyy), used as days since 2014-06-29 (the latest date)", t["Dt_Customer"].Reason);
        Assert.Equal(ColumnRole.Numeric, t["Income"].Role);
        Assert.Equal(24, t["Income"].Numbers.ToArray().Count(float.IsNaN)); // Income missing in 24 rows
        Assert.Equal(666666f, t["Income"].Numbers.ToArray().Where(v => !float.IsNaN(v)).Max());
        Assert.Equal(ColumnRole.Constant, t["Z_CostContact"].Role);
        Assert.Equal(ColumnRole.Constant, t["Z_Revenue"].Role);
        Assert.Equal(ColumnRole.Categorical, t["Marital_Status"].Role);
        Assert.Equal(8, t["Marital_Status"].Levels.Count);
        Assert.Equal(864, LevelCount(t["Marital_Status"], "Married"));
        Assert.Equal(1127, LevelCount(t["Education"], "Graduation"));
        Assert.Equal(ColumnRole.Boolean, t["Response"].Role);
        Assert.Equal(334, Ones(t["Response"]));
        Assert.Equal([144, 30, 163, 167, 163], new[] { "AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4", "AcceptedCmp5" }.Select(n => Ones(t[n])));
        Assert.Equal(ColumnRole.Numeric, t["Year_Birth"].Role);
        Assert.Equal(ColumnRole.Numeric, t["Kidhome"].Role);
        Assert.Equal(t.RowsRead, t.RowCount + t.Exclusions.Count);
    }

    [SharedDataFact("mall-customers/Mall_Customers.csv")]
    public void MallCustomers_ZeroPaddedIdsAndGenre()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("mall-customers/Mall_Customers.csv"));
        Assert.Equal(200, t.RowCount);
        Assert.Equal("CustomerID", t.IdColumn);
        Assert.Equal("0001", t.Ids[0]);
        Assert.Equal(112, LevelCount(t["Genre"], "Female"));
        Assert.Equal(88, LevelCount(t["Genre"], "Male"));
        Assert.Equal(ColumnRole.Numeric, t["Annual Income (k$)"].Role);
        Assert.Equal((15f, 137f), (t["Annual Income (k$)"].Numbers.ToArray().Min(), t["Annual Income (k$)"].Numbers.ToArray().Max()));
        Assert.Equal(ColumnRole.Numeric, t["Spending Score (1-100)"].Role);
        Assert.Equal((18f, 70f), (t["Age"].Numbers.ToArray().Min(), t["Age"].Numbers.ToArray().Max()));
    }

    [SharedDataFact("online-shoppers-intention/online_shoppers_intention.csv")]
    public void OnlineShoppers_CanonicalFile()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("online-shoppers-intention/online_shoppers_intention.csv"));
        Assert.Equal(12330, t.RowCount);
        Assert.Null(t.IdColumn);
        Assert.Equal(ColumnRole.Boolean, t["Revenue"].Role);
        Assert.Equal(1908, Ones(t["Revenue"]));
        Assert.Equal(2868, Ones(t["Weekend"]));
        Assert.Equal(10, t["Month"].Levels.Count);
        Assert.Equal(10551, LevelCount(t["VisitorType"], "Returning_Visitor"));
        Assert.Equal(ColumnRole.Numeric, t["ProductRelated_Duration"].Role);
        Assert.Contains(t.Columns.Where(c => c.Role == ColumnRole.Numeric), c => c.Numbers.ToArray().Contains(7.5e-05f)); // Excel-style "7.5E-05"
    }

    [SharedDataFact("online-shoppers-intention/online_shoppers_intention.kaggle-variant-with-NA-and-neg1.csv")]
    public void OnlineShoppers_MessyVariant_ReportsBlankRowsAndMinusOnes_WithoutFailing()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("online-shoppers-intention/online_shoppers_intention.kaggle-variant-with-NA-and-neg1.csv"));
        Assert.Equal(12330, t.RowCount);
        Assert.Empty(t.Exclusions);
        Assert.Contains(t.Notes, n => n.Contains("14 of them are mostly blank", StringComparison.Ordinal));
        foreach (var name in new[] { "Administrative", "Administrative_Duration", "Informational", "Informational_Duration", "ProductRelated", "ProductRelated_Duration", "BounceRates", "ExitRates" })
        {
            Assert.Contains("14 missing", t[name].Reason, StringComparison.Ordinal);
            Assert.Equal(14, t[name].Numbers.ToArray().Count(float.IsNaN));
        }

        foreach (var name in new[] { "Administrative_Duration", "Informational_Duration", "ProductRelated_Duration" })
        {
            Assert.Contains("-1 appears 33 times", t[name].Reason, StringComparison.Ordinal);
        }
    }

    [SharedDataFact("bank-marketing/bank-full.csv")]
    public void BankFull_SemicolonQuoted()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("bank-marketing/bank-full.csv"));
        Assert.Equal(45211, t.RowCount);
        Assert.Contains(t.Notes, n => n.StartsWith("delimiter: 'semicolon'", StringComparison.Ordinal));
        Assert.Equal(ColumnRole.Boolean, t["y"].Role);
        Assert.Equal(5289, Ones(t["y"]));
        Assert.Equal(ColumnRole.Categorical, t["job"].Role);
        Assert.Equal(ColumnRole.Numeric, t["balance"].Role);
        Assert.Contains("-1 appears", t["pdays"].Reason, StringComparison.Ordinal);
        Assert.Equal(ColumnRole.Boolean, t["housing"].Role);
    }

    [SharedDataFact("telco-customer-churn/Telco-Customer-Churn.csv")]
    public void TelcoChurn_BlankTotalChargesAreMissing()
    {
        var t = CustomerReader.ReadFile(Paths.Shared("telco-customer-churn/Telco-Customer-Churn.csv"));
        Assert.Equal(7043, t.RowCount);
        Assert.Equal("customerID", t.IdColumn);
        Assert.Equal(ColumnRole.Numeric, t["TotalCharges"].Role);
        Assert.Contains("11 missing", t["TotalCharges"].Reason, StringComparison.Ordinal);
        Assert.Equal(1869, Ones(t["Churn"]));
        Assert.Equal(ColumnRole.Boolean, t["SeniorCitizen"].Role);
        Assert.Equal(3875, LevelCount(t["Contract"], "Month-to-month"));
    }
}
