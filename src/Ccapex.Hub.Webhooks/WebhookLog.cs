using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks;

/// <summary>The worker's log events: fixed ids, ids and reasons only (never a body: bodies hold personal data).</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(3000, LogLevel.Information, "Ccapex.Hub.Webhooks ready: {Partner} from {Queue} to {Url}")]
    public static partial void Ready(this ILogger logger, string partner, string queue, Uri url);

    [LoggerMessage(3001, LogLevel.Debug, "Delivered {MessageId} ({MessageType}) to {Partner} after {Attempts} attempt(s)")]
    public static partial void Delivered(this ILogger logger, string messageId, string messageType, string partner, int attempts);

    [LoggerMessage(3002, LogLevel.Warning, "Parked {MessageId} ({MessageType}) for {Partner} in {Queue}: {Reason}")]
    public static partial void Parked(this ILogger logger, string messageId, string messageType, string partner, string queue, string reason);

    [LoggerMessage(3003, LogLevel.Warning, "Circuit open for {Partner}: its deliveries wait in {Queue} for {Pause}")]
    public static partial void CircuitOpen(this ILogger logger, string partner, string queue, TimeSpan pause);

    [LoggerMessage(3004, LogLevel.Error, "Dispatcher for {Partner} failed; starting again in {Delay}")]
    public static partial void DispatcherFailed(this ILogger logger, string partner, TimeSpan delay, Exception exception);

    [LoggerMessage(3006, LogLevel.Error, "Broker connection failed or lost; connecting again in {Delay}")]
    public static partial void ConnectionFailed(this ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(3005, LogLevel.Information, "Attempt {Attempt} for {MessageId} to {Partner} failed: {Failure}")]
    public static partial void AttemptFailed(this ILogger logger, int attempt, string messageId, string partner, string failure);
}
