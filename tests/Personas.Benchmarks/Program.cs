using BenchmarkDotNet.Running;
using Personas.Benchmarks.Segmentation;

// Usage:
//   dotnet run -c Release --project tests/Personas.Benchmarks -- segmentation-peer --data X.f32 --rows N --cols D [--out result.json]
//       measures the segmentation figures once (medians of repeats) on a raw float32 file shared with
//       scripts/bench/segmentation.py, which runs scikit-learn on the same file and prints the ratios.
//   dotnet run -c Release --project tests/Personas.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Lloyd*]
if (args.Length > 0 && args[0] == "segmentation-peer")
{
    return SegmentationPeer.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(SegmentationPeer).Assembly).Run(args);
return 0;
