using BenchmarkDotNet.Running;
using Personas.Benchmarks.Segmentation;

// Usage:
//   dotnet run -c Release --project tests/Personas.Benchmarks -- segmentation-peer --data X.f32 --rows N --cols D [--out result.json]
//       measures the segmentation figures once (medians of repeats) on a raw float32 file shared with
//       scripts/bench/segmentation.py, which runs scikit-learn on the same file and prints the ratios.
//   dotnet run -c Release --project tests/Personas.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Lloyd*]
//   dotnet run -c Release --project tests/Personas.Benchmarks -- large-input [--customers N] [--events M] [--dir D] [--keep]
//       streams a 10,000,000-customer file and a 100,000,000-event log through the pipeline, time and peak memory per stage.
//   dotnet run -c Release --project tests/Personas.Benchmarks -- scale-generate --rows N --out F.parquet
//   dotnet run -c Release --project tests/Personas.Benchmarks -- scale-assign --parquet F.parquet --sql Q.sql
//       the data-platform benchmark (scripts/bench/scale.sh, docs/scale.md): planted-cluster Parquet, assignment SQL in DuckDB.
if (args.Length > 0 && args[0] == "large-input")
{
    return Personas.Benchmarks.LargeInput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scale-generate")
{
    return Personas.Benchmarks.Scale.Generate(args[1..]);
}

if (args.Length > 0 && args[0] == "scale-assign")
{
    return Personas.Benchmarks.Scale.Assign(args[1..]);
}

if (args.Length > 0 && args[0] == "segmentation-peer")
{
    return SegmentationPeer.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SegmentationPeer).Assembly).Run(args);
return 0;
