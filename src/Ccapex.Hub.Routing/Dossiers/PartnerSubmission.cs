namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The partner's delivery that brought a message, set by the intake as a payload when it applies the message to
/// its dossier itself. A payload, not a header: a partner cannot forge it.
/// </summary>
public sealed record PartnerSubmission(Guid Id);
