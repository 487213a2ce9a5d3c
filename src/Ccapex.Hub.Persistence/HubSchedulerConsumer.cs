using System.Security.Cryptography;
using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// A durable MassTransit message scheduler backed by the outbox: <c>ScheduleMessage</c> stores the
/// serialised payload as a row due at the scheduled time (cancel key = the token id), which the
/// relay forwards like Quartz would; <c>CancelScheduledMessage</c> removes it if still unsent.
/// Lets <c>Schedule(...)</c> in a state machine wait months without a Quartz or a broker plugin.
/// </summary>
public sealed class HubSchedulerConsumer :
    IConsumer<ScheduleMessage>,
    IConsumer<CancelScheduledMessage>
{
    private const string DefaultContentType = "application/vnd.masstransit+json";

    private readonly HubStore _store;
    private readonly OutboxSignal _signal;

    public HubSchedulerConsumer(HubStore store, OutboxSignal signal)
    {
        _store = store;
        _signal = signal;
    }

    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        // The payload reaches us as a JSON element; serialise it back into a full envelope.
        var body = context.SerializerContext.GetMessageSerializer(message.Payload, message.PayloadType)
            .GetMessageBody(new MessageSendContext<ScheduleMessage>(message, context.CancellationToken))
            .GetString();
        var envelope = new ForwardedEnvelope
        {
            ContentType = context.ReceiveContext.ContentType?.ToString() ?? DefaultContentType,
            TokenId = message.CorrelationId,
            ConversationId = context.ConversationId,
            InitiatorId = context.InitiatorId,
            SourceAddress = context.SourceAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            Headers = context.Headers.GetAll().ToDictionary(h => h.Key, h => JsonSerializer.SerializeToElement(h.Value), StringComparer.Ordinal),
        };
        var entry = new OutboxEntry
        {
            MessageId = DeliveryId(context.MessageId ?? NewId.NextGuid()),
            Destination = message.Destination.ToString(),
            MessageType = string.Join(';', message.PayloadType),
            Body = body,
            DueAt = Instant(message.ScheduledTime),
            CorrelationId = context.CorrelationId,
            RequestId = context.RequestId,
            CancelKey = CancelKey(message.CorrelationId),
        };

        await _store.InTransactionAsync(async (connection, transaction) =>
        {
            // Scheduling again under the same token replaces the pending delivery.
            await OutboxWriter.CancelAsync(_store.Dialect, connection, transaction, entry.CancelKey, context.CancellationToken).ConfigureAwait(false);
            await OutboxWriter.InsertAsync(_store.Dialect, connection, transaction, entry, JsonSerializer.Serialize(envelope),
                _store.Time.GetUtcNow(), context.CancellationToken).ConfigureAwait(false);
        }, context.CancellationToken).ConfigureAwait(false);
        _signal.Notify();
    }

    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _store.InTransactionAsync(
            (connection, transaction) => OutboxWriter.CancelAsync(_store.Dialect, connection, transaction, CancelKey(context.Message.TokenId),
                context.CancellationToken),
            context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The outbox cancel key of a scheduled message: its scheduling token id.</summary>
    public static string CancelKey(Guid tokenId) => tokenId.ToString("D");

    /// <summary>
    /// The delivered message's id, derived from the schedule request's: a redelivered request finds
    /// its row already there and adds nothing, yet the request and the delivery (two messages on the
    /// wire) keep distinct ids in traces. Quartz reuses the request's id as it is.
    /// </summary>
    private static Guid DeliveryId(Guid requestId)
    {
        Span<byte> bytes = stackalloc byte[32];
        requestId.TryWriteBytes(bytes);
        "ccapex.scheduler"u8.CopyTo(bytes[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: a custom, name-based UUID (RFC 9562)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }

    // MassTransit carries scheduled times as UTC DateTime; an unspecified kind is taken as UTC.
    private static DateTimeOffset Instant(DateTime scheduledTime) =>
        scheduledTime.Kind == DateTimeKind.Local
            ? new DateTimeOffset(scheduledTime.ToUniversalTime())
            : new DateTimeOffset(DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
}
