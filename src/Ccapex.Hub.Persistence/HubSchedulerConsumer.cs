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
    const string DefaultContentType = "application/vnd.masstransit+json";

    readonly HubStore _store;
    readonly OutboxSignal _signal;

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
        // The schedule request's message id becomes the delivered message's id, as with Quartz:
        // a redelivered request then finds its row already there and adds nothing.
        var entry = new OutboxEntry
        {
            MessageId = context.MessageId ?? NewId.NextGuid(),
            Destination = message.Destination.ToString(),
            MessageType = string.Join(';', message.PayloadType),
            Body = body,
            DueAt = Instant(message.ScheduledTime),
            CorrelationId = context.CorrelationId,
            RequestId = context.RequestId,
            CancelKey = CancelKey(message.CorrelationId),
        };

        await _store.EnsureCreatedAsync(context.CancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(context.CancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(context.CancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Scheduling again under the same token replaces the pending delivery.
                await OutboxWriter.CancelAsync(_store.Dialect, connection, transaction, entry.CancelKey, context.CancellationToken).ConfigureAwait(false);
                await OutboxWriter.InsertAsync(_store.Dialect, connection, transaction, entry, JsonSerializer.Serialize(envelope),
                    _store.Time.GetUtcNow(), context.CancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
            }
        }

        _signal.Notify();
    }

    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _store.EnsureCreatedAsync(context.CancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(context.CancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(context.CancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await OutboxWriter.CancelAsync(_store.Dialect, connection, transaction, CancelKey(context.Message.TokenId), context.CancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The outbox cancel key of a scheduled message: its scheduling token id.</summary>
    public static string CancelKey(Guid tokenId) => tokenId.ToString("D");

    // MassTransit carries scheduled times as UTC DateTime; an unspecified kind is taken as UTC.
    static DateTimeOffset Instant(DateTime scheduledTime) =>
        scheduledTime.Kind == DateTimeKind.Local
            ? new DateTimeOffset(scheduledTime.ToUniversalTime())
            : new DateTimeOffset(DateTime.SpecifyKind(scheduledTime, DateTimeKind.Utc));
}
