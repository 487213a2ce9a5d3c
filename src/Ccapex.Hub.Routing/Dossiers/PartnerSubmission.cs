namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// What the intake resolved about the partner's delivery it applies to its dossier itself: the delivery's transport
/// id, and the matching keys to file with the dossier's write. A payload, not a header: a partner cannot forge it.
/// Set anew by every attempt (a retry after a key taken meanwhile resolves another dossier, with no keys to file).
/// </summary>
public sealed record PartnerSubmission(Guid Id, IReadOnlyList<string> KeysToFile);
