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

    public ConsoleProgress(TextWriter writer, bool interactive)
    {
        _writer = writer;
        _interactive = interactive;
    }

    public void Report(PersonasProgress value)
    {
        lock (_lock)
        {
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
            if (_interactive && _drawn)
            {
                _writer.Write("\r" + new string(' ', 78) + "\r");
                _drawn = false;
            }
        }
    }
}
