using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Routing.Audit;

/// <summary>
/// How the intake answers a refusal that touches no dossier: with the hub store, through the outbox, in one small
/// transaction with the journal's row for the refused message (<see cref="StoreIntakeRefusals"/>); on the test
/// harness, sent at once (<see cref="DirectIntakeRefusals"/>).
/// </summary>
public interface IIntakeRefusals
{
    /// <param name="destination">Where to answer: the publisher's queue, or the hub process's temporary queue that asked.</param>
    /// <param name="respond">True when the answer is a response to a request (<paramref name="destination"/> is its response address).</param>
    Task RefuseAsync(ConsumeContext context, Uri destination, bool respond, MessageRejected rejection, JournalArrival arrival);
}
