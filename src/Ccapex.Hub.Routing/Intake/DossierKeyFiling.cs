using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// Files a dossier's matching keys in the transaction the store hands it for the dossier's row (its savepoint under
/// group commit), before the row is written: one commit per message, no keys without their dossier, and a first key
/// taken meanwhile by another dossier undoes the dossier's write, so the message's retry finds that dossier.
/// </summary>
public sealed class DossierKeyFiling : ISagaWriteParticipant<Dossier>
{
    private const string Insert = "INSERT INTO dossier_key (key, dossier_id, created_at) VALUES (@key, @id, @now) ON CONFLICT (key) DO NOTHING";

    /// <summary>The keys the dossier carries for this write (<see cref="Dossier.PendingKeys"/>), filed under it.</summary>
    public Task WriteAsync(Dossier instance, StoreTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.PendingKeys.Count == 0
            ? Task.CompletedTask
            : FileAsync(transaction, instance.CorrelationId, instance.PendingKeys, cancellationToken);
    }

    /// <summary>
    /// Files <paramref name="keys"/> under <paramref name="dossierId"/> in <paramref name="transaction"/>: the first one
    /// unless it is filed there already (a redelivery), the others unless they name a dossier already. A first key
    /// filed under another dossier throws <see cref="DossierKeyTakenException"/>, which undoes the whole write.
    /// </summary>
    public static async Task FileAsync(StoreTransaction transaction, Guid dossierId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(keys[i]);
            var filed = await transaction.ExecuteAsync(Insert, cancellationToken, ("@key", keys[i]), ("@id", dossierId), ("@now", transaction.Now))
                .ConfigureAwait(false) == 1;
            if (i == 0 && !filed && await DossierKeyTable.FindAsync(transaction, keys[0], cancellationToken).ConfigureAwait(false) is { } existing && existing != dossierId)
            {
                throw new DossierKeyTakenException($"Dossier key '{keys[0]}' was filed under dossier {existing} meanwhile, not {dossierId}.");
            }
        }
    }
}
