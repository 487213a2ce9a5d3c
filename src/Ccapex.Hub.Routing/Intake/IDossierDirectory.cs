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

    /// <summary>
    /// Files these keys under <paramref name="candidateId"/> (the first key decides between concurrent senders; the
    /// others keep a dossier they already name): at once, returning the winner, or as a write that commits with the
    /// dossier and fails if another sender's dossier took the first key meanwhile (its message is then retried).
    /// </summary>
    Task<DossierOpening> OpenAsync(IReadOnlyList<string> keys, Guid candidateId, CancellationToken cancellationToken);
}
