using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>The dossier directory over the store's key table, shared by every hub instance.</summary>
public sealed class StoreDossierDirectory(DossierKeyStore store) : IDossierDirectory
{
    public async Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await store.FindAsync(DossierMatchKeys.DossierKey(dossierId), cancellationToken) is not null;

    public Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.FindAnyAsync(keys, cancellationToken);

    // The first key decides between concurrent openers; the others then point at the winner. One
    // transaction for all of them: one commit per dossier opened instead of one per key.
    public Task<Guid> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken) =>
        store.GetOrAddManyAsync(keys[0], candidateId, id => keys.Skip(1).Append(DossierMatchKeys.DossierKey(id)), cancellationToken);
}
