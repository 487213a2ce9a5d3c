using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Host;

/// <summary>
/// The host's log events, source-generated: fixed event ids and named values that stay queryable in
/// JSON logs. Personal data (names, addresses, amounts) never goes into a log line.
/// </summary>
internal static partial class HubLog
{
    [LoggerMessage(1000, LogLevel.Information, "Ccapex.Hub ready: consuming on {HostAddress} (queue {Queues})")]
    public static partial void Ready(this ILogger logger, Uri hostAddress, string queues);

    [LoggerMessage(1001, LogLevel.Information, "Data directory {DataDirectory}, shutdown timeout {ShutdownTimeout}")]
    public static partial void Settings(this ILogger logger, string dataDirectory, TimeSpan shutdownTimeout);

    [LoggerMessage(1002, LogLevel.Information, "Ccapex.Hub stopping: finishing the messages in hand")]
    public static partial void Stopping(this ILogger logger);

    [LoggerMessage(1003, LogLevel.Error, "Ccapex.Hub bus failed to start")]
    public static partial void StartFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1004, LogLevel.Information, "Ccapex.Hub stopped: its bus is closed")]
    public static partial void Stopped(this ILogger logger);

    [LoggerMessage(1005, LogLevel.Error, "Ccapex.Hub bus failed to stop cleanly: unacknowledged messages will be redelivered")]
    public static partial void StopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1200, LogLevel.Information, "Health endpoint listening on {Prefix}")]
    public static partial void HealthListening(this ILogger logger, string prefix);

    [LoggerMessage(1201, LogLevel.Warning, "Health endpoint failed on a request")]
    public static partial void HealthRequestFailed(this ILogger logger, Exception exception);
}
