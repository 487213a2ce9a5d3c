using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>The dossier directory over the store's key table, shared by every hub instance.</summary>
public sealed class StoreDossierDirectory(DossierKeyStore store) : IDossierDirectory
{
    public async Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await store.FindAsync(DossierMatchKeys.DossierKey(dossierId), cancellationToken) is not null;

    public async Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (await store.FindAsync(key, cancellationToken) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    public async Task<Guid> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken)
    {
        // The first key decides between concurrent openers; the others then point at the winner.
        var (id, _) = await store.GetOrAddAsync(keys[0], candidateId, cancellationToken);
        foreach (var key in keys.Skip(1).Append(DossierMatchKeys.DossierKey(id)))
        {
            await store.GetOrAddAsync(key, id, cancellationToken);
        }

        return id;
    }
}
