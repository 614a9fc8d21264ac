using System.Diagnostics;

namespace Personas.Benchmarks.Segmentation;

/// <summary>Wall-clock medians for the peer comparison (BenchmarkDotNet classes give the rigorous figures).</summary>
internal static class Measure
{
    public static double MedianMs(int repeats, Action action)
    {
        action(); // warm-up: JIT and caches
        var times = new double[repeats];
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[r] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[repeats / 2];
    }

    public static double OnceMs(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }
}
