namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Every partner message a dossier handled, by (sender, message id), kept beyond the window of ids in the dossier's
/// body: a duplicate older than that window is still recognised. Written with the dossier's row
/// (<see cref="HandledMessageFiling"/>), read only for a dossier whose window has dropped ids.
/// </summary>
public interface IHandledMessageJournal
{
    Task<bool> ContainsAsync(string sender, Guid messageId, CancellationToken cancellationToken);
}
