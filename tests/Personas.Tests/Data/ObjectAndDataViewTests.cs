using Microsoft.ML;
using Microsoft.ML.Data;
using Personas.Data;
using Personas.Features;

namespace Personas.Tests.Data;

public class ObjectAndDataViewTests
{
    public enum Tier
    {
        Bronze,
        Gold,
    }

    public sealed record Customer(
        [property: PersonaId] string Code,
        int Age,
        double? Income,
        bool Member,
        Tier Tier,
        DateTime Joined,
        [property: PersonaIgnore] string Email);

    public sealed class Row
    {
        public string Name { get; set; } = string.Empty;

        public float Score { get; set; }

        public bool Active { get; set; }

        [VectorType(2)]
        public float[] Vec { get; set; } = [0, 0];
    }

    private static readonly Customer[] Customers =
    [
        new("c1", 30, 50_000, true, Tier.Gold, new DateTime(2020, 1, 1), "a@x"),
        new("c2", 40, null, false, Tier.Bronze, new DateTime(2020, 1, 11), "b@x"),
        new("c3", 50, 70_000, true, Tier.Bronze, new DateTime(2020, 1, 21), "c@x"),
    ];

    [Fact]
    public void FromObjects_PropertiesBecomeColumns_AttributesMarkIdAndIgnore()
    {
        var t = CustomerReader.FromObjects(Customers);
        Assert.Equal("Code", t.IdColumn);
        Assert.Equal(["c1", "c2", "c3"], t.Ids);
        Assert.Equal(["Age", "Income", "Member", "Tier", "Joined"], t.Columns.Select(c => c.Name));
        Assert.Equal(ColumnRole.Numeric, t["Age"].Role);
        Assert.True(float.IsNaN(t["Income"].Numbers.Span[1]));
        Assert.Equal(ColumnRole.Boolean, t["Member"].Role);
        Assert.Equal(ColumnRole.Categorical, t["Tier"].Role);
        Assert.Equal(ColumnRole.Date, t["Joined"].Role);
        Assert.Equal([20f, 10f, 0f], t["Joined"].Numbers.ToArray());
        Assert.Equal([1L, 2L, 3L], t.Lines);
    }

    [Fact]
    public void FromObjects_OptionsOverrideAndNullItemsAreExcluded()
    {
        var items = new Customer?[] { Customers[0], null, Customers[1], Customers[2] };
        var t = CustomerReader.FromObjects(items, new CustomerReadOptions { Exclude = ["Tier"] });
        Assert.Equal(ColumnRole.Ignored, t["Tier"].Role);
        Assert.Equal([1L, 3L, 4L], t.Lines);
        Assert.Equal((2L, "the item is null"), (t.Exclusions.Single().Line, t.Exclusions.Single().Reason));
        Assert.Equal(4, t.RowsRead);
    }

    [Fact]
    public void FromObjects_InfiniteValue_IsAnExcludedRow()
    {
        var items = Enumerable.Range(0, 19).Select(i => new { Id = $"r{i}", X = (double)i }).Append(new { Id = "bad", X = double.PositiveInfinity });
        var t = CustomerReader.FromObjects(items);
        Assert.Equal(19, t.RowCount);
        Assert.Equal("bad", t.Exclusions.Single().CustomerId);
    }

    [Fact]
    public void FromDataView_ReadsScalarColumns_SkipsVectors()
    {
        var ml = new MLContext(seed: 1);
        var view = ml.Data.LoadFromEnumerable(new[]
        {
            new Row { Name = "a", Score = 1.5f, Active = true },
            new Row { Name = "b", Score = 2.5f, Active = false },
            new Row { Name = "c", Score = 3.5f, Active = true },
        });
        var t = CustomerReader.FromDataView(view, new CustomerReadOptions { IdColumn = "Name" });
        Assert.Equal(["a", "b", "c"], t.Ids);
        Assert.Equal([1.5f, 2.5f, 3.5f], t["Score"].Numbers.ToArray());
        Assert.Equal(ColumnRole.Boolean, t["Active"].Role);
        Assert.False(t.TryGetColumn("Vec", out _));
        Assert.Contains(t.Notes, n => n.Contains("'Vec'", StringComparison.Ordinal));
    }

    [Fact]
    public void ToDataView_RoundTripsTheMatrixWithSlotNames()
    {
        var m = new FeatureMatrix([1, 2, 3, 4, 5, 6], 3, 2, ["Income", "Region=North"]);
        var view = DataViewExport.ToDataView(m, new MLContext(seed: 1));
        var col = view.Schema[DataViewExport.FeaturesColumn];
        Assert.Equal(2, ((VectorDataViewType)col.Type).Size);
        VBuffer<ReadOnlyMemory<char>> names = default;
        col.GetSlotNames(ref names);
        Assert.Equal(["Income", "Region=North"], names.DenseValues().Select(n => n.ToString()));
        var rows = view.GetColumn<float[]>(DataViewExport.FeaturesColumn).ToArray();
        Assert.Equal([[1f, 2f], [3f, 4f], [5f, 6f]], rows);
    }

    [Fact]
    public void AssignmentsToDataView_HasIdsLabelsAndNames()
    {
        var ml = new MLContext(seed: 1);
        var view = DataViewExport.AssignmentsToDataView(["a", "b"], [1, 0], ml, ["Savers", "Spenders"]);
        Assert.Equal(["a", "b"], view.GetColumn<string>("CustomerId"));
        Assert.Equal([1, 0], view.GetColumn<int>("Persona"));
        Assert.Equal(["Spenders", "Savers"], view.GetColumn<string>("PersonaName"));
        var plain = DataViewExport.AssignmentsToDataView(["a"], [0], ml);
        Assert.Null(plain.Schema.GetColumnOrNull("PersonaName"));
        Assert.Throws<ArgumentException>(() => DataViewExport.AssignmentsToDataView(["a"], [0, 1], ml));
    }
}
