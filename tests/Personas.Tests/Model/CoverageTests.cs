using Personas.Data;
using Personas.Model;
using Personas.Segmentation;

namespace Personas.Tests.Model;

/// <summary>Assigning or refreshing data that shares few of the model's columns warns, or fails under an option (issue 14).</summary>
public class CoverageTests
{
    private static readonly Lazy<PersonaModel> Model = new(() => ModelTestData.Build(300, seed: 4).Model);

    // Only the model's income column (1 of 3).
    private static CustomerTable IncomeOnly()
    {
        var full = ModelTestData.Table(120, seed: 8);
        return new CustomerTable("few.csv", "customer_id", full.Ids.ToArray(), full.Lines.ToArray(), [full["income"]], []);
    }

    [Fact]
    public void Assign_WithOneOfThreeColumns_Warns_AndFailsUnderAMinimumShare()
    {
        var coverage = Model.Value.CheckCoverage(IncomeOnly());
        Assert.Equal(["income"], coverage.Present);
        Assert.Equal(["age", "region"], coverage.Missing);
        Assert.Equal(1.0 / 3, coverage.Share, 9);
        Assert.StartsWith("only 1 of the model's 3 columns (33%) are in the data; the others (age, region) are imputed", coverage.Warning, StringComparison.Ordinal);
        Assert.Null(Model.Value.CheckCoverage(ModelTestData.Table(60, seed: 8)).Warning);

        Assert.Equal(120, Model.Value.AssignAll(IncomeOnly()).Count); // warned about, still assigned
        var e = Assert.Throws<PersonasDataException>(() => Model.Value.AssignAll(IncomeOnly(), minFeatureShare: 0.5));
        Assert.Contains("at least 50% of the model's columns", e.Message, StringComparison.Ordinal);
        Assert.Equal("PersonaModel.MinFeatureShare", Assert.Throws<OptionValueException>(() => Model.Value.CheckCoverage(IncomeOnly(), 1.5)).ParamName);
    }

    [Fact]
    public void Refresh_ReportsTheCoverage_AndFailsUnderAMinimumShare()
    {
        var options = new RefreshOptions { Segmentation = new SegmentationOptions { K = 3, StabilityResamples = 0 } };
        var result = PersonaRefresher.Refresh(Model.Value, IncomeOnly(), options);
        Assert.NotNull(result.Coverage.Warning);
        Assert.Throws<PersonasDataException>(() => PersonaRefresher.Refresh(Model.Value, IncomeOnly(), options with { MinFeatureShare = 0.5 }));
    }
}
