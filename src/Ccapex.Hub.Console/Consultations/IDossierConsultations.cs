namespace Ccapex.Hub.Console.Consultations;

/// <summary>
/// The record of who opened which dossier and when. Kept behind this interface so that it can move into the hub's
/// delivery journal when that exists; until then <see cref="StoreDossierConsultations"/> keeps it in a table of the console's own.
/// </summary>
public interface IDossierConsultations
{
    /// <summary>Recorded before the page is shown: a dossier is never shown without its trace.</summary>
    Task RecordAsync(Guid userId, Guid dossierId, CancellationToken cancellationToken);

    /// <summary>The latest openings, newest first, of one dossier or of all.</summary>
    Task<IReadOnlyList<Consultation>> LatestAsync(Guid? dossierId, int count, CancellationToken cancellationToken);
}
