using System.Text.Json;
using Personas.Data;
using Personas.Features;
using Personas.Profiling;
using Personas.Segmentation;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>
/// The known answers of issue 14 on the real datasets in ../shared/datasets, built with defaults as a new user would
/// (each dataset is built once and shared by its tests, see <see cref="RealDataBuilds"/>).
/// </summary>
public class RealDataKnownAnswerTests
{
    [SharedDataFact(RealDataBuilds.MallFile)]
    public void Mall_IncomeAndSpendingOnly_GiveTheTextbookFivePersonas()
    {
        var table = CustomerReader.ReadFile(Paths.Shared(RealDataBuilds.MallFile));
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Features = new FeatureOptions { Columns = ["Annual Income (k$)", "Spending Score (1-100)"] } });
        Assert.True(result.Segmentation.KSelection.Auto);
        Assert.Equal(5, result.Segmentation.K);
        Assert.Equal([81, 39, 35, 23, 22], result.Personas.Personas.Select(p => p.Size));
    }

    [SharedDataFact(RealDataBuilds.MallFile)]
    public void Mall_Defaults_EveryPersonaDescribed_GenderNamedAsTheDriver_NoRevenue()
    {
        var result = RealDataBuilds.MallDefaults.Value;
        Assert.True(result.Segmentation.KSelection.Auto);
        Assert.All(result.Personas.Personas, p =>
        {
            Assert.True(p.IsDetailed, $"{p.Id} has {p.Size} customers");
            Assert.True(p.Size >= result.Personas.MinPersonaSize);
            Assert.DoesNotContain("Small group", p.Name, StringComparison.Ordinal);
        });

        // Gender splits most personas (they are at least 95% one gender): the build names it and suggests --describe-only.
        var genre = result.Table["Genre"];
        var labels = result.Segmentation.Labels;
        var pure = Enumerable.Range(0, result.Segmentation.K).Where(c =>
        {
            var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToArray();
            return rows.GroupBy(i => genre.Codes.Span[i]).Max(g => g.Count()) >= 0.95 * rows.Length;
        }).Sum(c => labels.Count(l => l == c));
        Assert.True(pure >= 0.5 * labels.Count, $"only {pure} customers in one-gender personas: the known answer has changed");
        var warning = Assert.Single(result.Warnings, w => w.StartsWith("'Genre' alone drives the split", StringComparison.Ordinal));
        Assert.Contains("--describe-only Genre", warning, StringComparison.Ordinal);

        // "Spending Score (1-100)" is a score, not money: there is no value column, and no persona is "High-value".
        Assert.Null(result.Personas.ValueColumn);
        Assert.StartsWith("no value column", result.Personas.ValueReason, StringComparison.Ordinal);
        Assert.All(result.Personas.Personas, p => Assert.DoesNotContain("value", p.Name, StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataFact(RealDataBuilds.TelcoFile)]
    public void Telco_ChurnIsAnOutcome_AndTheCardsChurnRatesEqualThoseOfAssignmentsJoinedWithTheData()
    {
        var outDir = RealDataBuilds.TelcoOutputs.Value;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "personas.json")));
        var root = doc.RootElement;
        Assert.Equal("outcome", root.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Churn").GetProperty("use").GetString());
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "model.persona.json")));
        var features = model.RootElement.GetProperty("featurePlan").GetProperty("featureNames").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.DoesNotContain(features, f => f.StartsWith("Churn", StringComparison.Ordinal));

        // The churn rate per persona from assignments.csv joined with the data, by customer id.
        var churn = CustomerReader.ReadFile(Paths.Shared(RealDataBuilds.TelcoFile));
        var churned = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < churn.RowCount; i++)
        {
            churned[churn.Ids[i]] = churn["Churn"].Numbers.Span[i] == 1;
        }

        var byPersona = AssignmentsFile.Read(Path.Combine(outDir, "assignments.csv")).GroupBy(a => a.Value).ToDictionary(g => g.Key, g => (double)g.Count(a => churned[a.Key]) / g.Count(), StringComparer.Ordinal);
        var cards = File.ReadAllText(Path.Combine(outDir, "cards.md"));
        Assert.Contains("| Churn |", cards, StringComparison.Ordinal);
        foreach (var p in root.GetProperty("personas").EnumerateArray())
        {
            var id = p.GetProperty("id").GetString()!;
            var kpi = Assert.Single(p.GetProperty("outcomes").EnumerateArray(), k => k.GetProperty("column").GetString() == "Churn");
            Assert.Equal("rate", kpi.GetProperty("measure").GetString());
            Assert.Equal(byPersona[id], kpi.GetProperty("personaValue").GetDouble(), 12);

            // The card shows the same rate (rounded as on the card) in the persona's outcome table.
            var section = cards[cards.IndexOf($"## {id} ·", StringComparison.Ordinal)..];
            Assert.Contains($"| Churn | {Fmt.Pct(byPersona[id])} [", section, StringComparison.Ordinal);
        }

        // One fact in several columns: "No internet service" is one indicator, and never a name.
        Assert.Single(features, f => f.StartsWith("No internet service (", StringComparison.Ordinal));
        Assert.DoesNotContain(features, f => f.EndsWith("=No internet service", StringComparison.Ordinal));
        Assert.All(root.GetProperty("personas").EnumerateArray(), p => Assert.DoesNotContain("No internet service", p.GetProperty("name").GetString()!, StringComparison.Ordinal));
    }

    [SharedDataFact(RealDataBuilds.ShoppersFile)]
    public void OnlineShoppers_RevenueIsAnOutcome_WithAConversionRatePerPersona_AndCodesAreCategories()
    {
        var result = RealDataBuilds.ShoppersClean.Value;
        var revenue = Assert.Single(result.Plan.Outcomes, o => o.Name == "Revenue");
        Assert.True(revenue.IsBinary);
        Assert.DoesNotContain(result.Plan.Columns, c => c.Name == "Revenue");
        var converted = 0.0;
        foreach (var p in result.Personas.Personas)
        {
            var kpi = Assert.Single(p.Outcomes, k => k.Outcome == "Revenue");
            Assert.True(kpi.IsRate);
            converted += kpi.PersonaValue * p.Size;
        }

        Assert.Equal(1908, converted, 6); // 15.47% of 12,330 sessions bought (PROVENANCE.md)
        foreach (var code in new[] { "Region", "Browser", "OperatingSystems", "TrafficType" })
        {
            Assert.Equal(ColumnRole.Categorical, result.Table[code].Role);
            Assert.Equal(FeatureKind.Categorical, result.Plan.Columns.Single(c => c.Name == code).Kind);
        }

        // PageValues is a page metric, not customer value: no value column, so no persona is "High-value".
        Assert.Empty(result.Personas.ValueColumns);
    }

    [SharedDataFact(RealDataBuilds.ShoppersMessyFile)]
    public void OnlineShoppers_CleanAndMessyFiles_GiveTheSameKAndPersonas()
    {
        var clean = RealDataBuilds.ShoppersClean.Value;
        var messy = RealDataBuilds.ShoppersMessy.Value;
        Assert.Equal(clean.Segmentation.K, messy.Segmentation.K);

        // The files hold the same 12,330 sessions in the same order; 47 rows were altered in the messy copy.
        var a = File.ReadAllLines(Paths.Shared(RealDataBuilds.ShoppersFile));
        var b = File.ReadAllLines(Paths.Shared(RealDataBuilds.ShoppersMessyFile));
        var common = Enumerable.Range(0, a.Length - 1).Where(i => a[i + 1] == b[i + 1]).ToArray();
        Assert.Equal(12330 - 48, common.Length);
        var ari = ClusterMetrics.AdjustedRandIndex(common.Select(i => clean.Segmentation.Labels[i]).ToArray(), common.Select(i => messy.Segmentation.Labels[i]).ToArray());
        Assert.True(ari >= 0.9, $"ARI {ari:F3} between the clean and messy files on their common rows");
    }

    [SharedDataFact(RealDataBuilds.BankFile)]
    public void BankMarketing_YAndDurationAreNotFeatures_PdaysMinusOneIsASentinel_AndDoesNotMakeThePersonas()
    {
        var result = RealDataBuilds.Bank.Value;
        Assert.Contains(result.Plan.Outcomes, o => o.Name == "y" && o.IsBinary && !o.IsLeakage);
        Assert.Contains(result.Plan.Outcomes, o => o.Name == "duration" && o.IsLeakage);
        Assert.DoesNotContain(result.Plan.SourceColumns, c => c is "y" or "duration");
        Assert.Equal(-1, result.Plan.Columns.Single(c => c.Name == "pdays").Sentinel);

        // The personas are not simply "contacted before or not".
        var pdays = result.Table["pdays"].Numbers.ToArray();
        var neverContacted = pdays.Select(v => v == -1 ? 1 : 0).ToArray();
        Assert.True(neverContacted.Average() > 0.8); // 82% of rows
        var ari = ClusterMetrics.AdjustedRandIndex(result.Segmentation.Labels, neverContacted);
        Assert.True(ari < 0.5, $"ARI {ari:F3} between the personas and pdays = -1");
        Assert.All(result.Personas.Personas, p => Assert.DoesNotContain("unknown", p.Name, StringComparison.OrdinalIgnoreCase));
        Assert.All(result.Personas.Personas, p => Assert.DoesNotContain("pdays", p.Name, StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataFact(RealDataBuilds.CpaFile)]
    public void CustomerPersonality_CampaignResponsesAndComplaintsAreOutcomes_AndSpendingIsTheValue()
    {
        var result = RealDataBuilds.Cpa.Value;
        string[] outcomes = ["Response", "AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4", "AcceptedCmp5", "Complain"];
        Assert.Equal(outcomes.Order(StringComparer.Ordinal), result.Plan.Outcomes.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Plan.SourceColumns, outcomes.Contains);
        Assert.All(result.Personas.Personas, p => Assert.Equal(outcomes.Length, p.Outcomes.Count));

        // By default the six Mnt* columns are summed into the value; every card has a value share.
        string[] mnt = ["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds"];
        Assert.Equal(mnt, result.Personas.ValueColumns);
        Assert.All(result.Personas.Personas, p => Assert.NotNull(p.ValueShare));
        Assert.Equal(1, result.Personas.Personas.Sum(p => p.ValueShare!.Value), 9);

        // Given explicitly (--value-columns), the same.
        var given = PersonaBuilder.Build(result.Table, new PersonaBuildOptions
        {
            Segmentation = new SegmentationOptions { K = result.Segmentation.K },
            Profiling = new ProfilingOptions { ValueColumns = mnt },
        });
        Assert.Equal(mnt, given.Personas.ValueColumns);
        Assert.Equal(result.Personas.Personas.Select(p => p.ValueShare), given.Personas.Personas.Select(p => p.ValueShare));

        // Implausible birth years and the 666,666 income are reported, not clustered as their own persona.
        Assert.Contains(result.DataQuality, q => q.Kind == DataQualityKind.ImplausibleValues && q.Column == "Year_Birth" && q.Count == 3);
        Assert.Contains(result.DataQuality, q => q.Kind == DataQualityKind.ImplausibleValues && q.Column == "Income" && q.Count == 1);
        Assert.Contains(result.DataQuality, q => q.Kind == DataQualityKind.DuplicateRows && q.Count == 182);
    }

    [SharedDataFact(RealDataBuilds.RetailFile)]
    public void OnlineRetailRfm_MonetaryIsTransformed_ReturnsAreTheirOwnFeature_NoTinyPersona()
    {
        var result = RealDataBuilds.Retail.Value;
        var monetary = result.Plan.Columns.Single(c => c.Name == "monetary");
        Assert.True(monetary.Log1p || monetary.SignedLog, "monetary is skewed and must be log-transformed");
        Assert.Contains(result.Plan.Columns, c => c.Name == "returned_value");
        Assert.All(result.Table["monetary"].Numbers.ToArray(), v => Assert.True(v >= 0)); // purchases only
        var n = result.Table.RowCount;
        Assert.All(result.Personas.Personas, p => Assert.True(p.Size >= 0.01 * n, $"{p.Id} holds {p.Size} of {n} customers"));
        Assert.Equal(["monetary"], result.Personas.ValueColumns);
    }

    [SharedDataFact("")]
    public void EveryDataset_NamesAreNeverEncodingsCodesOrSmallGroups_AndHighValueOnlyWithAValueColumn()
    {
        foreach (var (name, build) in RealDataBuilds.All())
        {
            var set = build.Personas;
            var names = set.Personas.Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var p in set.Personas)
            {
                var why = $"{name} {p.Id} '{p.Name}'";
                Assert.False(p.Name.StartsWith("Small group", StringComparison.Ordinal), why);
                Assert.DoesNotContain("(missing)", p.Name, StringComparison.Ordinal);
                Assert.DoesNotContain(" unknown", p.Name, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("No internet service", p.Name, StringComparison.Ordinal);
                Assert.False(p.Name.Split(' ', ',').Any(w => w.Length > 0 && w.All(char.IsDigit)), why + ": a code in the name");
                Assert.True(set.ValueColumns.Count > 0 || !p.Name.Contains("value", StringComparison.OrdinalIgnoreCase), why + ": 'value' without a value column");
            }
        }
    }

    /// <summary>
    /// What a marketer reads first on every dataset's cards: each persona named in words (not the fallback that lists
    /// traits, "Less often loan, more often contact cellular"), a merged fact with its value ("pdays = -1 (3 columns)",
    /// not "pdays 1"), a value summed over money columns that says what it is ("spending (Mnt*, 6 columns)", not
    /// "mnt (6 columns)"), and transaction rows told apart from customers.
    /// </summary>
    [SharedDataFact("")]
    public void EveryDataset_CardsReadAsAMarketerReadsThem()
    {
        string[] fallbackStarts = ["Higher ", "Lower ", "More often ", "Less often ", "More ", "Fewer "];
        foreach (var (name, build) in RealDataBuilds.All())
        {
            var set = build.Personas;
            var info = Personas.Reporting.BuildOutputWriter.ReportInfoFor(build, new Personas.Reporting.BuildRunInfo { CreatedAt = DateTimeOffset.UnixEpoch }, null);
            var cards = Personas.Reporting.CardRenderer.ToMarkdown(set, info);
            foreach (var p in set.Personas)
            {
                Assert.False(fallbackStarts.Any(f => p.Name.StartsWith(f, StringComparison.Ordinal)), $"{name} {p.Id} '{p.Name}': named by listing traits");
            }

            foreach (var merged in build.Plan.Columns.Where(c => c.Sources.Count > 1 && c.Name.Contains(" = ", StringComparison.Ordinal)))
            {
                var value = merged.Name[(merged.Name.IndexOf(" = ", StringComparison.Ordinal) + 3)..];
                Assert.Contains(" = " + value, cards, StringComparison.Ordinal);
            }

            if (set.ValueColumns.Count > 2)
            {
                Assert.Contains("of all spending (", cards, StringComparison.Ordinal);
                Assert.Contains(string.Join(" + ", set.ValueColumns), cards, StringComparison.Ordinal);
            }

            var rows = cards.Split('\n').Single(l => l.StartsWith("- **Rows:**", StringComparison.Ordinal));
            Assert.True(build.Table.RowsUsed == build.Table.RowCount
                ? !rows.Contains("transaction", StringComparison.Ordinal)
                : rows.Contains($"transaction rows read, {build.Table.RowsUsed:#,0} used for {build.Table.RowCount:#,0} customers", StringComparison.Ordinal), $"{name}: {rows}");
        }
    }
}

/// <summary>One default build per real dataset, shared by the tests that read it (CI builds each once).</summary>
internal static class RealDataBuilds
{
    public const string MallFile = "mall-customers/Mall_Customers.csv";
    public const string TelcoFile = "telco-customer-churn/Telco-Customer-Churn.csv";
    public const string ShoppersFile = "online-shoppers-intention/online_shoppers_intention.csv";
    public const string ShoppersMessyFile = "online-shoppers-intention/online_shoppers_intention.kaggle-variant-with-NA-and-neg1.csv";
    public const string BankFile = "bank-marketing/bank.csv";
    public const string CpaFile = "customer-personality-analysis/marketing_campaign.csv";
    public const string RetailFile = "online-retail/online_retail.csv";

    public static readonly Lazy<PersonaBuildResult> MallDefaults = new(() => Build(MallFile));
    public static readonly Lazy<PersonaBuildResult> ShoppersClean = new(() => Build(ShoppersFile));
    public static readonly Lazy<PersonaBuildResult> ShoppersMessy = new(() => Build(ShoppersMessyFile));
    public static readonly Lazy<PersonaBuildResult> Bank = new(() => Build(BankFile));
    public static readonly Lazy<PersonaBuildResult> Cpa = new(() => Build(CpaFile));
    public static readonly Lazy<PersonaBuildResult> Retail = new(() => PersonaBuilder.Build(TransactionReader.ReadFile(Paths.Shared(RetailFile), new TransactionOptions
    {
        CustomerColumn = "CustomerID",
        DateColumn = "InvoiceDate",
        QuantityColumn = "Quantity",
        PriceColumn = "UnitPrice",
    })));

    public static readonly Lazy<PersonaBuildResult> Telco = new(() => Build(TelcoFile));

    /// <summary>The Telco build's output files (what personas build writes: cards.md, personas.json, assignments.csv...).</summary>
    public static readonly Lazy<string> TelcoOutputs = new(() =>
    {
        var outDir = Path.Combine(Paths.NewTempDir(), "telco");
        Telco.Value.Save(outDir);
        return outDir;
    });

    private static PersonaBuildResult Build(string relative) => PersonaBuilder.Build(CustomerReader.ReadFile(Paths.Shared(relative)));

    /// <summary>Every dataset's default build (those whose file is present).</summary>
    public static IEnumerable<(string Name, PersonaBuildResult Build)> All()
    {
        foreach (var (file, build) in new[] { (MallFile, MallDefaults), (TelcoFile, Telco), (ShoppersFile, ShoppersClean), (ShoppersMessyFile, ShoppersMessy), (BankFile, Bank), (CpaFile, Cpa), (RetailFile, Retail) })
        {
            if (File.Exists(Paths.Shared(file)))
            {
                yield return (Path.GetFileName(file), build.Value);
            }
        }
    }
}
