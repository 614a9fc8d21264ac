using System.Diagnostics;

namespace Personas.Benchmarks.Segmentation;

/// <summary>
/// Wall-clock and process CPU-time medians for the peer comparison. On a shared machine the wall clock includes
/// waiting for other people's processes; CPU time (all threads) counts only the work done, so both are reported.
/// </summary>
internal static class Measure
{
    public static (double WallMs, double CpuMs) Median(int repeats, Action action)
    {
        // Warm-up: JIT tiering (a method is recompiled optimised after 30 calls and a short delay) and caches.
        var warm = Stopwatch.StartNew();
        for (var w = 0; w < 3 || warm.ElapsedMilliseconds < 1500; w++)
        {
            action();
        }

        var wall = new double[repeats];
        var cpu = new double[repeats];
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            wall[r] = sw.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[r] = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        return (wall[repeats / 2], cpu[repeats / 2]);
    }

    public static (double WallMs, double CpuMs) Once(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu0).TotalMilliseconds);
    }
}
