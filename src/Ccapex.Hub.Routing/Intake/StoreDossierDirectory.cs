using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>The dossier directory over the store's key table, shared by every hub instance.</summary>
public sealed class StoreDossierDirectory(DossierKeyStore store) : IDossierDirectory
{
    public async Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await store.FindAsync(DossierMatchKeys.DossierKey(dossierId), cancellationToken) is not null;

    public Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.FindAnyAsync(keys, cancellationToken);

    // Written with the dossier, in its transaction: one commit per message instead of two, and no keys without
    // their dossier. A concurrent opener that took the first key meanwhile makes the write fail, and the retry finds it.
    public Task<DossierOpening> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken) =>
        Task.FromResult(new DossierOpening(candidateId,
            store.PlanKeys(keys[0], candidateId, keys.Skip(1).Append(DossierMatchKeys.DossierKey(candidateId)))));
}
