using System.Diagnostics;
using System.Globalization;

namespace Personas.Benchmarks;

/// <summary>
/// Times one stage and measures its own peak resident memory (the kernel's VmHWM, reset before the stage;
/// Process.PeakWorkingSet64 alone only ever grows over the process's life). Also records the managed heap the
/// stage leaves behind (after a full collection) and the process-wide peak reported by the OS.
/// </summary>
internal sealed class LargeStageMeter
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public T Run<T>(string stage, long rows, Func<T> action)
    {
        // No sampler thread: this code may run inside the module initializer, where another thread entering the
        // module would wait for it. On Linux the kernel's own peak (VmHWM) is reset per stage through clear_refs.
        using var process = Process.GetCurrentProcess();
        var resettable = ResetPeak();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = action();
        var wall = sw.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        var peak = resettable ? ReadKiB("VmHWM:") * 1024 : process.PeakWorkingSet64;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {stage} | {rows:N0} | {wall.TotalSeconds:0.0} | {cpu.TotalSeconds:0.0} | {peak / 1048576.0:N0} | {retained / 1048576.0:N0} | {process.PeakWorkingSet64 / 1048576.0:N0} |");
        _lines.Add(line);
        Console.WriteLine(line);
        return result;
    }

    /// <summary>Resets the kernel's peak resident set size to the current one (Linux 4.0+); false elsewhere.</summary>
    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long ReadKiB(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public static string Header =>
        "| stage | rows | wall s | CPU s | stage peak working set MiB | managed heap retained after MiB | process peak so far MiB |\n|---|---:|---:|---:|---:|---:|---:|";
}
