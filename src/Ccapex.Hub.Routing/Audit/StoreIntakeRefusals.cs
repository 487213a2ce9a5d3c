using Ccapex.Hub.Contracts;
using Ccapex.Hub.Journal;
using Ccapex.Hub.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing.Audit;

/// <summary>
/// An intake refusal as one small transaction of the store: the <see cref="MessageRejected"/> as an outbox row (its
/// "out" row in the journal with it) and the refused message's "in" row with the refusal's code. Nothing leaves
/// without its rows, and no row names a refusal that was not committed: a crash before the commit leaves the partner's
/// message unacknowledged, and its redelivery is refused again under the same ids (the rejection's id derives from the
/// delivery), so neither the outbox nor the journal gets a second row.
/// </summary>
public sealed class StoreIntakeRefusals(HubStore store, OutboxSignal signal, IOptions<JournalOptions> journal) : IIntakeRefusals
{
    public async Task RefuseAsync(ConsumeContext context, Uri destination, bool respond, MessageRejected rejection, JournalArrival arrival)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(arrival);
        var entry = new OutboxEntry
        {
            MessageId = rejection.MessageId,
            Destination = destination.ToString(),
            MessageType = typeof(MessageRejected),
            Body = MessageViews.Full(rejection),
            RequestId = respond ? context.RequestId : null,
            Facts = new OutboxFacts(arrival.Partner, arrival.Flow, JournalArrivals.ViewOf(null)),
        };
        Func<StoreTransaction, Task>? record = journal.IsOn()
            ? t => JournalWriter.AppendAsync(t, arrival.Record(null, rejection.Code), context.CancellationToken)
            : null;
        await store.WriteWithOutboxAsync([entry], record, context.CancellationToken).ConfigureAwait(false);
        signal.Notify();
    }
}
