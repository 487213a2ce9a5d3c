using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>Every log line of the worker in process, to check what an operator would read.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Text)> _lines = [];

    public IReadOnlyList<(LogLevel Level, string Text)> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logs._lines)
            {
                logs._lines.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
