using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Personas.Benchmarks;

/// <summary>One launch, one warm-up, three iterations, GC conserving memory; a build timeout long enough for a loaded machine.</summary>
public sealed class JourneyBenchmarkConfig : ManualConfig
{
    public JourneyBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCConserveMemory", "9")));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
