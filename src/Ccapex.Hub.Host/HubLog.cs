using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Host;

/// <summary>
/// The host's log events, source-generated: fixed event ids and named values that stay queryable in
/// JSON logs. Personal data (names, addresses, amounts) never goes into a log line.
/// </summary>
internal static partial class HubLog
{
    private static readonly Func<ILogger, Guid, string, string, IDisposable?> MessageScope =
        LoggerMessage.DefineScope<Guid, string, string>("MessageId:{MessageId} Flow:{Flow} Reference:{Reference}");

    private static readonly Func<ILogger, Guid, IDisposable?> DossierScope =
        LoggerMessage.DefineScope<Guid>("DossierId:{DossierId}");

    /// <summary>Every line logged while one partner message is handled carries its id, flow and the sender's reference.</summary>
    public static IDisposable? BeginMessage(this ILogger logger, Guid messageId, string flow, string reference) =>
        MessageScope(logger, messageId, flow, reference);

    public static IDisposable? BeginDossier(this ILogger logger, Guid dossierId) => DossierScope(logger, dossierId);

    [LoggerMessage(1000, LogLevel.Information, "Ccapex.Hub ready: consuming on {HostAddress} (queue {Queues})")]
    public static partial void Ready(this ILogger logger, Uri hostAddress, string queues);

    [LoggerMessage(1001, LogLevel.Information, "Data directory {DataDirectory}, shutdown timeout {ShutdownTimeout}")]
    public static partial void Settings(this ILogger logger, string dataDirectory, TimeSpan shutdownTimeout);

    [LoggerMessage(1002, LogLevel.Information, "Ccapex.Hub stopping: finishing the messages in hand")]
    public static partial void Stopping(this ILogger logger);

    [LoggerMessage(1003, LogLevel.Error, "Ccapex.Hub bus failed to start")]
    public static partial void StartFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1100, LogLevel.Information, "Accepted from {Sender}: notification required {NotificationRequired}")]
    public static partial void Accepted(this ILogger logger, string sender, bool notificationRequired);

    [LoggerMessage(1101, LogLevel.Information, "Rejected from {Sender}: {Codes}")]
    public static partial void Rejected(this ILogger logger, string sender, string codes);

    [LoggerMessage(1102, LogLevel.Warning, "No response address nor AMQP reply_to on the message: the receipt {ReceiptType} is not sent")]
    public static partial void NoReplyAddress(this ILogger logger, string receiptType);

    [LoggerMessage(1200, LogLevel.Information, "Health endpoint listening on {Prefix}")]
    public static partial void HealthListening(this ILogger logger, string prefix);

    [LoggerMessage(1201, LogLevel.Warning, "Health endpoint failed on a request")]
    public static partial void HealthRequestFailed(this ILogger logger, Exception exception);
}
