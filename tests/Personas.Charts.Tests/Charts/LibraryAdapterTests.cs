using Personas.Charts.Tests.TestSupport;

namespace Personas.Charts.Tests.Charts;

public sealed class LibraryAdapterTests
{
    private static BuildFixture.Build B => BuildFixture.Value;

    [Fact]
    public void PersonaCharts_FromPersonaSet_UsePersonaNamesInSetOrder()
    {
        var names = B.Personas.Personas.Select(p => p.Name).ToArray();

        var map = new ChartJson(PersonaCharts.PersonaMap(B.Personas, B.Segmentation, B.Features));
        Assert.Equal(names, map.Traces.Take(names.Length).Select(t => t.GetProperty("name").GetString()));

        var sizes = new ChartJson(PersonaCharts.SizesAndValueShares(B.Personas));
        Assert.Equal(names, ChartJson.Strings(sizes.Traces[0].GetProperty("x")));
        Assert.Equal(100.0, ChartJson.Doubles(sizes.Traces[0].GetProperty("y")).Sum(), 6);

        var heat = new ChartJson(PersonaCharts.TraitHeatmap(B.Personas, B.Segmentation, B.Features));
        Assert.Equal(names, ChartJson.Strings(heat.Traces[0].GetProperty("y")));
        Assert.Equal(B.Features.FeatureNames, ChartJson.Strings(heat.Traces[0].GetProperty("x")));
    }

    [Fact]
    public void ChoosingK_FromKSelectionReport_PlotsEveryScoreAndTheChosenK()
    {
        var report = B.Segmentation.KSelection;
        var json = new ChartJson(PersonaCharts.ChoosingK(report));

        Assert.Equal(report.Scores.Select(s => (double)s.K).Order(), ChartJson.Doubles(json.Traces[0].GetProperty("x")));
        Assert.Equal(report.ChosenK, json.Layout.GetProperty("shapes")[0].GetProperty("x0").GetInt32());
    }

    [Fact]
    public void JourneyCharts_FromJourneyMap_HaveAllCustomersAndOneTracePerPersona()
    {
        var k = B.Personas.Personas.Count;
        var journeyMap = new ChartJson(PersonaCharts.JourneyMap(B.Journeys, B.Personas));
        Assert.Equal(k + 1, journeyMap.Traces.Length);
        Assert.Equal(PersonaCharts.AllCustomers, journeyMap.Traces[0].GetProperty("name").GetString());
        var labels = journeyMap.Traces.SelectMany(t => ChartJson.Strings(t.GetProperty("node").GetProperty("label"))).ToHashSet();
        Assert.Contains("bought", labels);
        Assert.Contains("search", labels);

        var funnel = new ChartJson(PersonaCharts.StageFunnel(B.Journeys, B.Personas));
        Assert.Equal(k, funnel.Traces.Length);
        Assert.Equal(B.Journeys.Overall.StageFunnel.Steps.Select(s => s.Step), ChartJson.Strings(funnel.Traces[0].GetProperty("y")));
        Assert.Contains("bought", ChartJson.Strings(funnel.Traces[0].GetProperty("y")));

        var transitions = new ChartJson(PersonaCharts.TransitionHeatmap(B.Journeys, B.Personas));
        Assert.Equal(k, transitions.Traces.Length);

        var attribution = new ChartJson(PersonaCharts.Attribution(B.Journeys));
        Assert.Equal(["First touch", "Last touch", "Linear", "Markov"], attribution.Traces.Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public void MigrationSankey_FromDriftReport_CarriesEveryMigratingCustomer()
    {
        var drift = B.Refresh.Drift;
        var json = new ChartJson(PersonaCharts.MigrationSankey(drift, B.Refresh.Personas, "Q2", "Q3"));

        var total = drift.Migration.Matrix.Sum(r => r.Value.Sum(c => c.Value));
        Assert.Equal(total, ChartJson.Doubles(json.Traces[0].GetProperty("link").GetProperty("value")).Sum());
        var labels = ChartJson.Strings(json.Traces[0].GetProperty("node").GetProperty("label"));
        Assert.Contains(labels, l => l.EndsWith("(Q2)", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.EndsWith("(Q3)", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportCharts_ForABuildWithJourneysAndRefresh_HasEveryChart()
    {
        var charts = ReportCharts.Charts(B.Refresh.Personas, B.Refresh.Segmentation, B.Refresh.Features, B.Journeys, B.Refresh.Drift);
        Assert.Equal(10, charts.Count);
        Assert.Equal(5, ReportCharts.Charts(B.Personas, B.Segmentation, B.Features).Count);
    }
}
