using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Records on the dossier what must be sent, so it commits with the dossier's state. Every id is derived
/// from the message that caused it: handling the same message again yields the same ids.
/// </summary>
public static class DossierOutbox
{
    public static void Deliver(Dossier dossier, Guid cause, PartnerCode recipient, object message, RecipientRule? view = null)
    {
        dossier.PendingOutbox.Add(new OutboxEntry
        {
            MessageId = DeterministicGuid.Create(cause, $"deliver:{message.GetType().Name}:{recipient.Value}"),
            Destination = BrokerNames.Queue(BrokerNames.PartnerQueue(recipient)),
            MessageType = message.GetType(),
            Body = view is null ? MessageViews.Full(message) : MessageViews.For(message, view, recipient),
            CorrelationId = dossier.CorrelationId,
            Facts = new OutboxFacts(recipient.Value, Audit.JournalArrivals.FlowOf(message.GetType()), Audit.JournalArrivals.ViewOf(view)),
        });
    }

    public static void Reply(Dossier dossier, Inbound inbound, PartnerCode sender, object message, string purpose)
    {
        var destination = inbound.ResponseAddress?.ToString() ?? BrokerNames.Queue(BrokerNames.PartnerQueue(sender));
        dossier.PendingOutbox.Add(new OutboxEntry
        {
            MessageId = DeterministicGuid.Create(inbound.MessageId, purpose),
            Destination = destination,
            MessageType = message.GetType(),
            Body = MessageViews.Full(message),
            CorrelationId = dossier.CorrelationId,
            RequestId = inbound.RequestId,
            Facts = new OutboxFacts(sender.Value, null, Audit.JournalArrivals.ViewOf(null)),
        });
    }

    /// <summary>Sends a message to one of the hub's own queues, now or when due (a durable timeout).</summary>
    public static void Internal(Dossier dossier, Guid cause, string purpose, string queue, object message, DateTimeOffset? dueAt = null, string? cancelKey = null)
    {
        dossier.PendingOutbox.Add(new OutboxEntry
        {
            MessageId = DeterministicGuid.Create(cause, purpose),
            Destination = BrokerNames.Queue(queue),
            MessageType = message.GetType(),
            Body = MessageViews.Full(message),
            DueAt = dueAt,
            CorrelationId = dossier.CorrelationId,
            CancelKey = cancelKey,
        });
    }

    public static Guid NewId(Guid cause, string purpose) => DeterministicGuid.Create(cause, purpose);
}
