using Personas.Data;
using Personas.DuckDB.Tests.TestSupport;

namespace Personas.DuckDB.Tests.Data;

/// <summary><c>build --sample</c> on Parquet (rows streamed from DuckDB) draws the same rows and writes the same files as on the equivalent CSV.</summary>
public sealed class ParquetSampleTests
{
    private static readonly string SampleCsv = Path.Combine(Paths.DataSamples, "customers.csv");

    [Fact]
    public void SampledBuild_FromParquet_WritesTheFilesOfTheCsvSampledBuild()
    {
        var dir = Paths.NewTempDir();
        var parquet = ParquetFiles.FromCsv(SampleCsv, Path.Combine(dir, "customers.parquet"));
        var sample = new TrainingSampleOptions { Size = 900, By = "region", Seed = 11 };
        var options = new PersonaBuildOptions { Segmentation = new() { K = 4 } };
        var fromCsv = PersonaBuilder.BuildFromSample(SampleCsv, sample, options: options);
        var fromParquet = DuckDbReader.BuildFromSample(DuckDbSource.Parquet(parquet), sample, buildOptions: options);
        Assert.Equal(fromCsv.Sample!.Strata, fromParquet.Sample!.Strata);
        ParquetSourceTests.AssertSameTable(fromCsv.Table, fromParquet.Table);

        var a = Path.Combine(dir, "a");
        var b = Path.Combine(dir, "b");
        fromCsv.Save(a, new BuildOutputOptions { Clock = new FixedTime() });
        fromParquet.Save(b, new BuildOutputOptions { Clock = new FixedTime() });
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "assignments.csv")), File.ReadAllBytes(Path.Combine(b, "assignments.csv")));
        Assert.Equal(5000, File.ReadAllLines(Path.Combine(b, "assignments.csv")).Length - 1 + File.ReadAllLines(Path.Combine(b, "exclusions.csv")).Length - 1);
        Assert.Equal(fromCsv.Sample.AllRows!.Sizes, fromParquet.Sample.AllRows!.Sizes);
    }
}
