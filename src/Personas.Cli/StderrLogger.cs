using Microsoft.Extensions.Logging;

namespace Personas.Cli;

/// <summary>The CLI's --verbose logger: one plain line per message on standard error ("info: ...").</summary>
internal sealed class StderrLogger(TextWriter writer, LogLevel minimum) : ILogger
{
    private readonly Lock _lock = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var level = logLevel switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            _ => "error",
        };
        lock (_lock)
        {
            writer.WriteLine($"{level}: {formatter(state, exception)}");
        }
    }
}
