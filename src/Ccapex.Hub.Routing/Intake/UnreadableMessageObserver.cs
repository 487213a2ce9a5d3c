using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// A partner's body that cannot be read is answered too (issue 10: bad input gets a stable code): a
/// <see cref="MessageRejected"/> with <see cref="UnreadableMessages.Code"/> on the publisher's own queue, found from the
/// partner exchange it came through (never from an address the body or its headers name). MassTransit fails such a
/// body before any consumer, in the receive pipe, and moves it to the intake's error queue for an operator to see;
/// this observer of that pipe only answers. Nothing is written.
/// </summary>
public sealed partial class UnreadableMessageObserver(CharterRules rules, TimeProvider clock, ILogger<UnreadableMessageObserver> logger) : IReceiveObserver
{
    private static readonly Dictionary<string, string> TypeByQueue =
        InboundMessages.All.ToDictionary(BrokerNames.IntakeQueue, t => t.Name, StringComparer.Ordinal);

    public async Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!UnreadableMessages.IsUnreadable(exception))
        {
            return;
        }

        var queue = context.InputAddress.AbsolutePath.Split('/')[^1];
        var type = TypeByQueue.GetValueOrDefault(queue, queue);
        var messageId = context.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery) && Guid.TryParse(delivery.Properties.MessageId, out var id) ? id : (Guid?)null;
        if (PublishingPartner.Of(context, rules, out var exchange) is not { } partner)
        {
            LogUnreadable(exchange ?? "the hub's intake", messageId);
            return;
        }

        var endpoint = await context.SendEndpointProvider.GetSendEndpoint(new Uri(BrokerNames.Queue(BrokerNames.PartnerQueue(partner)))).ConfigureAwait(false);
        await endpoint.Send(new MessageRejected
        {
            MessageId = NewId.NextGuid(),
            SentAt = clock.GetUtcNow(),
            InReplyTo = messageId,
            MessageType = type,
            Code = UnreadableMessages.Code,

            // The serializer's words name a member or a position, never a value.
            Reason = $"The {type} could not be read as its contract: {exception.Message}",
        }).ConfigureAwait(false);
        LogUnreadable(type, messageId, partner);
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable {MessageType} {MessageId} from {Partner}: answered message.unreadable, moved to the error queue")]
    private partial void LogUnreadable(string messageType, Guid? messageId, PartnerCode partner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable message {MessageId} through {Through}: moved to the error queue")]
    private partial void LogUnreadable(string through, Guid? messageId);
}
