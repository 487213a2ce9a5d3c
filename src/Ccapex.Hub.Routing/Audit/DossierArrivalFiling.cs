using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Journal;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Audit;

/// <summary>
/// Journals the partner message a dossier's write handled (<see cref="Dossier.PendingArrival"/>), in the row's own
/// transaction: the row exists if and only if the handling committed. Its outcome is the receipt the write sends
/// for it: accepted, accepted.duplicate (a resubmission), or the refusal's code; "no-receipt" when the write sends
/// none (a broker redelivery of a message handled before adds no row: its delivery's row exists already).
/// </summary>
public sealed class DossierArrivalFiling : ISagaWriteParticipant<Dossier>
{
    public const string NoReceipt = "no-receipt";

    public Task WriteAsync(Dossier instance, StoreTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.PendingArrival is not { } arrival
            ? Task.CompletedTask
            : JournalWriter.AppendAsync(transaction, arrival.Record(instance.CorrelationId, Outcome(instance, arrival)), cancellationToken);
    }

    /// <summary>What the write answers the arrival with, read from its outbox entries.</summary>
    public static string Outcome(Dossier dossier, JournalArrival arrival)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(arrival);
        foreach (var entry in dossier.PendingOutbox)
        {
            if (entry.MessageType == typeof(MessageRejected)
                && JsonSerializer.Deserialize<MessageRejected>(entry.Body, ContractJson.Options) is { } rejected && rejected.InReplyTo == arrival.MessageId)
            {
                return rejected.Code;
            }

            if (entry.MessageType == typeof(MessageAccepted)
                && JsonSerializer.Deserialize<MessageAccepted>(entry.Body, ContractJson.Options) is { } accepted && accepted.InReplyTo == arrival.MessageId)
            {
                return accepted.Duplicate ? Accepted + ".duplicate" : Accepted;
            }

            if (entry.MessageType == typeof(CdpNotificationAccepted)
                && JsonSerializer.Deserialize<CdpNotificationAccepted>(entry.Body, ContractJson.Options) is { } cdp && cdp.InReplyTo == arrival.MessageId)
            {
                return cdp.Duplicate ? Accepted + ".duplicate" : Accepted;
            }
        }

        return NoReceipt;
    }

    private const string Accepted = "accepted";
}
