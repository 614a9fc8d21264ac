using Personas.Data;
using Personas.Segmentation;
using Personas.Tests.TestSupport;

namespace Personas.Tests.EndToEnd;

/// <summary>The committed sample data against its planted truth (data-samples/customers.truth.csv).</summary>
public class SampleDataBuildTests
{
    private static readonly Lazy<(PersonaBuildResult Result, string[] Truth)> Auto = new(() => Build(null));

    internal static (PersonaBuildResult Result, string[] Truth) Build(int? k)
    {
        var table = CustomerReader.ReadFile(Path.Combine(Paths.DataSamples, "customers.csv"));
        var result = PersonaBuilder.Build(table, new PersonaBuildOptions { Segmentation = new SegmentationOptions { K = k } });
        var truthById = File.ReadAllLines(Path.Combine(Paths.DataSamples, "customers.truth.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return (result, table.Ids.Select(id => truthById[id]).ToArray());
    }

    private static double Ari(PersonaBuildResult result, string[] truth)
    {
        var names = truth.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var truthLabels = truth.Select(t => names.IndexOf(t)).ToArray();
        return ClusterMetrics.AdjustedRandIndex(result.Segmentation.Labels, truthLabels);
    }

    [Fact]
    public void Build_WithPlantedK_RecoversPlantedPersonas()
    {
        var (result, truth) = Build(6);
        Assert.Equal(6, truth.Distinct(StringComparer.Ordinal).Count());
        var ari = Ari(result, truth);
        Assert.True(ari >= 0.85, $"adjusted Rand index {ari:F3} < 0.85");
    }

    [Fact]
    public void Build_WithAutoK_PicksThePlantedKAndRecoversPersonas()
    {
        var (result, truth) = Auto.Value;
        Assert.Equal(6, result.Segmentation.K);
        Assert.True(result.Segmentation.KSelection.Auto);
        var ari = Ari(result, truth);
        Assert.True(ari >= 0.85, $"adjusted Rand index {ari:F3} < 0.85");
    }

    [Fact]
    public void Build_EveryRowIsUsedOrExcluded()
    {
        var (result, _) = Auto.Value;
        var dataLines = File.ReadAllLines(Path.Combine(Paths.DataSamples, "customers.csv")).Length - 1;
        Assert.Equal(dataLines, result.Table.RowsRead);
        Assert.Equal(result.Table.RowsRead, result.Table.RowCount + result.Table.Exclusions.Count);
        Assert.Equal(result.Table.RowCount, result.Segmentation.Labels.Count);
    }
}
