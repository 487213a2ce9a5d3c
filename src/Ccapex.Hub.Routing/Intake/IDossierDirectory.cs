namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// Maps what a sender knows of a household (an act reference, its names and address) to the hub's dossier id.
/// Writes are idempotent: opening with the same key twice gives the same dossier.
/// </summary>
public interface IDossierDirectory
{
    Task<bool> ExistsAsync(Guid dossierId, CancellationToken cancellationToken);

    /// <summary>The dossier of the first key already known, if any.</summary>
    Task<Guid?> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Opens a dossier for these keys, or returns the one a concurrent sender opened first.</summary>
    Task<Guid> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken);
}
