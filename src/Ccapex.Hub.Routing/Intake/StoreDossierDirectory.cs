namespace Ccapex.Hub.Routing.Intake;

/// <summary>The dossier directory over the routing's key table in the store, shared by every hub instance.</summary>
public sealed class StoreDossierDirectory(DossierKeyTable table) : IDossierDirectory
{
    public async Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken) =>
        await table.FindAsync(DossierMatchKeys.DossierKey(dossierId), cancellationToken) is not null;

    public Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        table.FindAnyAsync(keys, cancellationToken);

    // Filed with the dossier, in its transaction (DossierKeyTable writes the dossier's PendingKeys): one commit per
    // message instead of two, and no keys without their dossier. A concurrent opener that took the first key
    // meanwhile makes the write fail, and the retry finds it.
    public Task<DossierOpening> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken) =>
        Task.FromResult(new DossierOpening(candidateId, [.. keys, DossierMatchKeys.DossierKey(candidateId)]));
}
