namespace Ccapex.Hub.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} {MessageId} not confirmed by the broker; the partner is told to send it again")]
    public static partial void Unsent(ILogger logger, Exception failure, string messageType, Guid messageId);
}
