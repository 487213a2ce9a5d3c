using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// One CCAPEX examination of the household (F11), kept so that outcomes can be counted (issue 13, item 2): when, in
/// which session, what was concluded, and to whom each recommendation went (the member, for a role with members).
/// </summary>
public sealed record ExaminationRecord
{
    public required DateOnly ExaminedOn { get; init; }

    public required string SessionReference { get; init; }

    /// <summary>The examination's free-text outcome: personal data, erased with the dossier's body.</summary>
    public required string Outcome { get; init; }

    public required IReadOnlyList<PartnerCode> Addressees { get; init; }

    public required Guid MessageId { get; init; }
}
