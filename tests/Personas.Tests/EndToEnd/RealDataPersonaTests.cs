using Personas.Data;
using Personas.Profiling;
using Personas.Segmentation;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>Known answers on public data and on the sample data, through the whole pipeline.</summary>
public class RealDataPersonaTests
{
    private const string Cpa = "customer-personality-analysis/marketing_campaign.csv";

    [SharedDataFact(Cpa)]
    public void CustomerPersonality_HighestIncomePersona_BuysMoreWineAndMeat_AndHasFewerKids()
    {
        var table = CustomerReader.ReadFile(Paths.Shared(Cpa));
        var result = PersonaBuilder.Build(table);
        var rich = result.Personas.Personas.Where(p => p.IsDetailed).OrderByDescending(p => p.Centroid["Income"].Mean ?? 0).First();

        // Every published analysis of this data: the highest earners spend more on wine and meat and have fewer children at home.
        Assert.Contains(rich.Traits, t => t.Feature == "MntWines" && t.Direction == TraitDirection.Higher);
        Assert.Contains(rich.Traits, t => t.Feature == "MntMeatProducts" && t.Direction == TraitDirection.Higher);
        Assert.Contains(rich.Traits, t => t.Feature == "Kidhome" && t.Direction == TraitDirection.Lower);
        Assert.Contains(rich.Traits, t => t.Feature == "Income" && t.Direction == TraitDirection.Higher);
    }

    [Fact]
    public void SampleData_NativeAndMlNetEngines_AgreeOnInertiaWithinOnePercent()
    {
        var table = CustomerReader.ReadFile(Path.Combine(Paths.DataSamples, "customers.csv"));
        var plan = Personas.Features.FeaturePlan.Learn(table);
        var features = plan.Transform(table);
        var native = Segmenter.Fit(features, new SegmentationOptions { K = 6, StabilityResamples = 0 });
        var mlnet = Segmenter.Fit(features, new SegmentationOptions { K = 6, StabilityResamples = 0, Engine = KMeansEngine.MlNet });
        var ratio = mlnet.Quality.Inertia / native.Quality.Inertia;
        Assert.True(Math.Abs(ratio - 1) <= 0.01, $"inertia native {native.Quality.Inertia:F1}, ML.NET {mlnet.Quality.Inertia:F1} (ratio {ratio:F4})");
    }

    [Fact]
    public void SampleData_PlantedDefiningTraits_AreAmongTheirPersonasTopTraits()
    {
        // Through the whole pipeline (reader, features, auto k, profiling), not with the truth as labels.
        var (result, truth) = SampleDataBuildTests.Build(6);
        var planted = Personas.Samples.SampleGenerator.Generate().Personas;
        foreach (var p in planted)
        {
            var id = result.Table.Ids.Select((_, i) => i).Where(i => truth[i] == p.Name)
                .GroupBy(i => result.Segmentation.Labels[i]).OrderByDescending(g => g.Count()).First().Key;
            var persona = result.Personas.Personas[id];
            var top = persona.HigherTraits.Take(6).Concat(persona.LowerTraits.Take(6)).ToList();
            foreach (var t in p.DefiningTraits)
            {
                Assert.True(
                    top.Any(x => x.Feature == t.Column && (t.Level is null || x.Level == t.Level)),
                    $"{p.Name} -> {persona.Id} {persona.Name}: planted trait {t} is not among its top traits ({string.Join(", ", top.Select(x => x.Feature + (x.Level is null ? "" : "=" + x.Level)))})");
            }
        }

        Assert.Equal(result.Personas.Personas.Count, result.Personas.Personas.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
