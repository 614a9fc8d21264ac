using Personas.Model;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Model;

public class PersonaModelTests
{
    [Fact]
    public void Create_StoresIdsNamesOverridesPlanAndFingerprint()
    {
        var (model, table, _, segmentation) = ModelTestData.Build();
        Assert.Equal(["P1", "P2", "P3"], model.Personas.Select(p => p.Id));
        Assert.Equal("Renamed by user", model["P2"].Name);
        Assert.Equal("Renamed by user", model["P2"].NameOverride);
        Assert.Null(model["P1"].NameOverride);
        Assert.Equal(4, model.NextPersonaNumber);
        Assert.Equal(ModelTestData.Now, model.CreatedAt);
        Assert.Equal(table.RowCount, model.Training.Rows);
        Assert.Equal(segmentation.Sizes, model.Personas.Select(p => p.Size));
        Assert.Equal(model.Plan.FeatureNames, model.FeatureNames);
        Assert.All(model.Personas, p => Assert.True(p.OutlierDistance > 0));
        Assert.StartsWith("sha256:", model.Checksum, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveLoad_RoundTrip_GivesIdenticalFileAndAssignments()
    {
        var (model, table, _, _) = ModelTestData.Build();
        var dir = Paths.NewTempDir();
        var path = Path.Combine(dir, "model.persona.json");
        model.Save(path);
        var loaded = PersonaModel.Load(path);
        Assert.Equal(model.ToJson(), loaded.ToJson());
        Assert.Equal(File.ReadAllText(path), loaded.ToJson());
        Assert.Equal(model.Checksum, loaded.Checksum);
        Assert.Equal(model.AssignAll(table), loaded.AssignAll(table));
        Assert.Equal(model.Plan.Transform(table).Values.ToArray(), loaded.Plan.Transform(table).Values.ToArray());
        Assert.Equal(["model.persona.json"], Directory.GetFiles(dir).Select(Path.GetFileName)); // no temporary file left behind
    }

    [Fact]
    public void SaveLoad_PlanWithOptions_RoundTripsTheOptions()
    {
        var table = ModelTestData.Table(120, seed: 2);
        var options = new Personas.Features.FeatureOptions
        {
            Scaling = Personas.Features.ScalingMethod.Robust,
            Weights = new Dictionary<string, double> { ["age"] = 2, ["income"] = 0.5 },
            Exclude = new HashSet<string> { "nothing", "also-nothing" },
        };
        var plan = Personas.Features.FeaturePlan.Learn(table, options);
        var features = plan.Transform(table);
        var segmentation = Personas.Segmentation.Segmenter.Fit(features, new Personas.Segmentation.SegmentationOptions { K = 3, StabilityResamples = 0, Restarts = 1 });
        var labels = Enumerable.Range(1, 3).Select(i => new PersonaLabel("P" + i, "Name " + i, "Tagline")).ToArray();
        var model = PersonaModel.Create(plan, segmentation, labels, DataFingerprint.Compute(table), new ModelTestData.FixedClock(ModelTestData.Now), features, 4);
        var loaded = PersonaModel.FromJson(model.ToJson());
        Assert.Equal(Personas.Features.ScalingMethod.Robust, loaded.Plan.Options.Scaling);
        Assert.Equal(2, loaded.Plan.Options.Weights!["age"]);
        Assert.Equal(["also-nothing", "nothing"], loaded.Plan.Options.Exclude!);
        Assert.Equal(plan.Decisions, loaded.Plan.Decisions);
        Assert.Equal(features.Values.ToArray(), loaded.Plan.Transform(table).Values.ToArray());
        Assert.Equal(model.ToJson(), loaded.ToJson());
    }

    [Fact]
    public void Assign_RawRecord_EqualsTableAssignment()
    {
        var (model, table, _, segmentation) = ModelTestData.Build();
        var all = model.AssignAll(table);
        for (var i = 0; i < table.RowCount; i += 7)
        {
            // The record path parses the text as double, the table path starts from float columns: the last bits may differ.
            var one = model.Assign(ModelTestData.Record(table, i));
            Assert.Equal(all[i].PersonaId, one.PersonaId);
            Assert.Equal(all[i].Distance, one.Distance, 4);
            Assert.Equal(all[i].Confidence, one.Confidence, 4);
        }

        // The model reproduces the segmentation's labels on its own training data.
        Assert.Equal(segmentation.Labels.Select(l => model.Personas[l].Id), all.Select(a => a.PersonaId));
    }

    [Fact]
    public void Assign_MissingColumnUnseenLevelOrWrongType_IsImputedOtherOrAnError()
    {
        var (model, _, _, _) = ModelTestData.Build();
        var missing = model.Assign(new Dictionary<string, string?> { ["age"] = "25" });
        Assert.False(string.IsNullOrEmpty(missing.PersonaId));
        var unseen = model.Assign(new Dictionary<string, string?> { ["income"] = "30", ["age"] = "25", ["region"] = "Atlantis" });
        Assert.Equal(model.Assign(new Dictionary<string, string?> { ["income"] = "30", ["age"] = "25", ["region"] = "North" }).PersonaId, unseen.PersonaId);
        var e = Assert.Throws<Personas.Data.PersonasDataException>(() => model.Assign(new Dictionary<string, string?> { ["income"] = "lots" }));
        Assert.Equal("income", e.Column);
    }

    [Fact]
    public void Assign_FarAwayRecord_IsOutlier_AndCentroidHasFullConfidence()
    {
        var (model, _, _, _) = ModelTestData.Build();
        var far = model.Assign(new Dictionary<string, string?> { ["income"] = "100000", ["age"] = "25", ["region"] = "North" });
        Assert.True(far.IsOutlier);
        var onCentroid = model.AssignFeatures(model.Personas[0].Centroid.ToArray());
        Assert.Equal("P1", onCentroid.PersonaId);
        Assert.Equal(0, onCentroid.Distance);
        Assert.Equal(1, onCentroid.Confidence);
        Assert.False(onCentroid.IsOutlier);
    }

    [Fact]
    public void AssignFeatures_Midpoint_HasZeroConfidence_AndNaNIsUnplaced()
    {
        var (model, _, _, _) = ModelTestData.Build();
        var a = model.Personas[0].Centroid;
        var b = model.Personas[1].Centroid;
        var c = model.Personas[2].Centroid;
        // The point halfway between P1 and P2 is equally far from both (unless P3 is nearer): confidence 1 - d1/d2 = 0.
        var mid = a.Zip(b, (x, y) => (x + y) / 2).ToArray();
        var r = model.AssignFeatures(mid);
        var d3 = Math.Sqrt(mid.Zip(c, (x, y) => (x - y) * (x - y)).Sum());
        if (d3 > r.Distance)
        {
            Assert.Equal(0, r.Confidence, 3);
        }

        var nan = model.AssignFeatures(Enumerable.Repeat(float.NaN, model.Dimension).ToArray());
        Assert.Equal(string.Empty, nan.PersonaId);
        Assert.True(float.IsNaN(nan.Distance));
    }

    [Fact]
    public void AssignAll_FromManyThreads_GivesTheSameAnswers()
    {
        var (model, table, _, _) = ModelTestData.Build();
        var records = Enumerable.Range(0, table.RowCount).Select(i => ModelTestData.Record(table, i)).ToArray();
        var expected = model.AssignAll(records);
        var results = new PersonaAssignment[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var mine = new PersonaAssignment[records.Length];
            for (var i = 0; i < records.Length; i++)
            {
                var j = (i + (t * 37)) % records.Length; // every thread walks the records in another order
                mine[j] = model.Assign(records[j]);
            }

            results[t] = mine;
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Save_OverExistingFile_ReplacesIt_AndFailedSaveLeavesItIntact()
    {
        var (model, _, _, _) = ModelTestData.Build();
        var dir = Paths.NewTempDir();
        var path = Path.Combine(dir, "m.persona.json");
        File.WriteAllText(path, "old");
        model.Save(path);
        Assert.Equal(model.ToJson(), File.ReadAllText(path));
        Directory.CreateDirectory(Path.Combine(dir, "taken.persona.json")); // a folder where the file should go: the rename fails
        Assert.ThrowsAny<IOException>(() => model.Save(Path.Combine(dir, "taken.persona.json")));
        Assert.Equal(["m.persona.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }
}
