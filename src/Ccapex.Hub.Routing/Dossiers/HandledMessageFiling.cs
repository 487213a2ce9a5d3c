using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Files the partner messages a dossier handled in this write (<see cref="Dossier.PendingHandled"/>) in the journal,
/// in the transaction of the dossier's row: the journal never names a message whose handling did not commit.
/// </summary>
public sealed class HandledMessageFiling : ISagaWriteParticipant<Dossier>
{
    private const string Insert = """
        INSERT INTO handled_message (sender, message_id, dossier_id, handled_at) VALUES (@sender, @id, @dossier, @now)
        ON CONFLICT (sender, message_id) DO NOTHING
        """;

    public async Task WriteAsync(Dossier instance, StoreTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(transaction);
        foreach (var handled in instance.PendingHandled)
        {
            await transaction.ExecuteAsync(Insert, cancellationToken,
                ("@sender", handled.Sender), ("@id", handled.Id), ("@dossier", instance.CorrelationId), ("@now", transaction.Now)).ConfigureAwait(false);
        }
    }
}
