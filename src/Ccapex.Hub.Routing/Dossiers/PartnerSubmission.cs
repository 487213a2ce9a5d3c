namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// What the intake resolved about the partner's delivery it applies to its dossier itself: the delivery's transport
/// id, and the matching keys to file with the dossier's write. A payload, not a header: a partner cannot forge it.
/// Set anew by every attempt (a retry after a key taken meanwhile resolves another dossier, with no keys to file).
/// </summary>
/// <param name="Arrival">The delivery's facts for the delivery journal (null when the journal is off or on the harness).</param>
public sealed record PartnerSubmission(Guid Id, IReadOnlyList<string> KeysToFile, Audit.JournalArrival? Arrival = null);
