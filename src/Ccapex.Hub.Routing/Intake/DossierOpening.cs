using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// The dossier a message goes to, and the write that files its keys with the dossier's own write (null when the
/// directory filed them already). With a keys write, the dossier id holds only if that write commits.
/// </summary>
public sealed record DossierOpening(Guid DossierId, PendingStoreWrite? KeysWrite);
