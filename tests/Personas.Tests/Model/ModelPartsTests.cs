using Personas.Data;
using Personas.Model;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Model;

public class ModelPartsTests
{
    [Fact]
    public void Percentile_MatchesNumpysLinearInterpolation()
    {
        // numpy.percentile(np.arange(1, 11), 99) == 9.91 and numpy.percentile([3, 1, 2], 50) == 2.0
        Assert.Equal(9.91, ClusterSummary.Percentile(Enumerable.Range(1, 10).Select(i => (float)i).ToList(), 0.99), 5);
        Assert.Equal(2, ClusterSummary.Percentile([3f, 1f, 2f], 0.5), 12);
        Assert.Equal(0, ClusterSummary.Percentile([], 0.99));
    }

    [Fact]
    public void ClusterSummary_MeansAndPopulationSds_ByLabel()
    {
        // Cluster 0 holds rows (1, 10) and (3, 30): means (2, 20), population SDs (1, 10). Cluster 1 holds (5, 5).
        float[] values = [1, 10, 5, 5, 3, 30];
        var s = ClusterSummary.Compute(values, 2, [0, 1, 0], 2);
        Assert.Equal([2, 1], s.Sizes);
        Assert.Equal([2.0, 20, 5, 5], s.Means);
        Assert.Equal([1.0, 10, 0, 0], s.StandardDeviations);
        Assert.Throws<ArgumentException>(() => ClusterSummary.Compute(values, 2, [0, 2, 0], 2));
    }

    [Fact]
    public void Fingerprint_DependsOnContentAndOrder_NotOnTheInstance()
    {
        var a = DataFingerprint.Compute(ModelTestData.Table(60, seed: 1));
        Assert.Equal(a, DataFingerprint.Compute(ModelTestData.Table(60, seed: 1)) with { Columns = a.Columns, Options = a.Options, Inputs = a.Inputs });
        Assert.Equal(a.ContentHash, DataFingerprint.Compute(ModelTestData.Table(60, seed: 1)).ContentHash);
        Assert.NotEqual(a.ContentHash, DataFingerprint.Compute(ModelTestData.Table(60, seed: 2)).ContentHash);
        Assert.NotEqual(a.ContentHash, DataFingerprint.Compute(ModelTestData.Shuffle(ModelTestData.Table(60, seed: 1), 3)).ContentHash);
        Assert.Equal(60, a.Rows);
        Assert.Equal(["income", "age", "region"], a.Columns);
        Assert.Matches("^sha256:[0-9a-f]{64}$", a.ContentHash);
    }

    [Fact]
    public void PreviousAssignments_ReadsCustomerAndPersonaColumns()
    {
        var dir = Paths.NewTempDir();
        var path = Path.Combine(dir, "assignments.csv");
        File.WriteAllText(path, "customer_id,persona_id,persona_name,distance,confidence\nC1,P1,\"Deal hunters, young\",0.5,0.9\nC2,P3,Store,1.2,0.4\nC3,,,,\n");
        var map = PreviousAssignments.ReadCsv(path);
        Assert.Equal(2, map.Count);
        Assert.Equal("P1", map["C1"]);
        Assert.Equal("P3", map["C2"]);
    }

    [Fact]
    public void PreviousAssignments_MissingColumnOrDuplicateId_IsADataError()
    {
        var dir = Paths.NewTempDir();
        var noPersona = Path.Combine(dir, "a.csv");
        File.WriteAllText(noPersona, "customer_id,segment\nC1,P1\n");
        var e = Assert.Throws<PersonasDataException>(() => PreviousAssignments.ReadCsv(noPersona));
        Assert.Equal("persona_id", e.Column);
        var duplicate = Path.Combine(dir, "b.csv");
        File.WriteAllText(duplicate, "customer_id,persona_id\nC1,P1\nC1,P2\n");
        var d = Assert.Throws<PersonasDataException>(() => PreviousAssignments.ReadCsv(duplicate));
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Kernel_ConfidenceAndOutlier_FollowTheirDefinitions()
    {
        // Centroids at 0 and 10 on a line; outlier limits 2 and 3. x = 2: d1 = 2, d2 = 8, confidence 1 - 2/8 = 0.75.
        var kernel = new NearestCentroids([0f, 10f], 2, 1, [2f, 3f]);
        Assert.Equal(0, kernel.Nearest([2f], out var d, out var c, out var outlier));
        Assert.Equal((2f, 0.75f, false), (d, c, outlier));
        Assert.Equal(1, kernel.Nearest([13.5f], out d, out c, out outlier));
        Assert.True(outlier); // 3.5 beyond the limit 3
        Assert.Equal(0, kernel.Nearest([5f], out _, out c, out _)); // a tie goes to the first centroid
        Assert.Equal(0f, c);
        Assert.Throws<ArgumentException>(() => kernel.Nearest([1f, 2f], out _, out _, out _));
    }
}
