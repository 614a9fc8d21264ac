using System.Diagnostics;
using System.Globalization;

namespace Personas.Cli;

/// <summary>
/// Shows progress on standard error: a redrawn bar on an interactive terminal, plain lines (at most one per stage
/// and per 25%) when output is redirected, so logs stay readable.
/// </summary>
internal sealed class ConsoleProgress : IProgress<PersonasProgress>
{
    private readonly TextWriter _writer;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private string? _stage;
    private int _lastQuarter = -1;
    private long _lastDrawMs = -1000;
    private bool _drawn;
    private string? _timedStage;
    private TimeSpan _stageCpu;
    private long _stageStartMs;

    public ConsoleProgress(TextWriter writer, bool interactive)
    {
        _writer = writer;
        _interactive = interactive;
    }

    /// <summary>True (with --verbose) to log each stage's wall and CPU time when it ends; standard error only, never the outputs.</summary>
    public bool Timings { get; set; }

    public void Report(PersonasProgress value)
    {
        lock (_lock)
        {
            if (Timings && value.Stage != _timedStage)
            {
                EndTimedStage();
                _timedStage = value.Stage;
                _stageStartMs = _clock.ElapsedMilliseconds;
                _stageCpu = Environment.CpuUsage.TotalTime;
            }

            var fraction = Math.Clamp(double.IsFinite(value.Fraction) ? value.Fraction : 0, 0, 1);
            if (_interactive)
            {
                var now = _clock.ElapsedMilliseconds;
                if (value.Stage == _stage && now - _lastDrawMs < 100 && fraction < 1)
                {
                    return;
                }

                _lastDrawMs = now;
                _stage = value.Stage;
                const int width = 30;
                var filled = (int)Math.Round(fraction * width);
                var line = string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', width - filled)}] {fraction * 100,3:0}% {value.Stage}");
                _writer.Write(line.PadRight(78));
                _drawn = true;
                return;
            }

            var quarter = (int)(fraction * 4);
            if (value.Stage != _stage || quarter > _lastQuarter)
            {
                _stage = value.Stage;
                _lastQuarter = quarter;
                _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {value.Stage} {fraction * 100:0}%"));
            }
        }
    }

    /// <summary>Ends the bar's line so later output starts on a fresh line.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (Timings)
            {
                EndTimedStage();
                _timedStage = null;
            }

            if (_interactive && _drawn)
            {
                _writer.Write("\r" + new string(' ', 78) + "\r");
                _drawn = false;
            }
        }
    }

    private void EndTimedStage()
    {
        if (_timedStage is null)
        {
            return;
        }

        var wall = (_clock.ElapsedMilliseconds - _stageStartMs) / 1000.0;
        var cpu = (Environment.CpuUsage.TotalTime - _stageCpu).TotalSeconds;
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture, $"timing: {_timedStage}: {wall:0.000} s wall, {cpu:0.000} s CPU (since start {_clock.ElapsedMilliseconds / 1000.0:0.0} s); memory {self.WorkingSet64 >> 20} MiB, peak so far {self.PeakWorkingSet64 >> 20} MiB, managed heap {GC.GetTotalMemory(false) >> 20} MiB");
        if (_interactive && _drawn)
        {
            _writer.Write("\r" + new string(' ', 78) + "\r");
            _drawn = false;
        }

        _writer.WriteLine(line);
    }
}
