using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// A request that the CCAPEX examine this household: the CAF's critical case (F4), the COMED's referral (F9) or a
/// complex situation (F10). The secretariat builds its sessions' agendas from these; an examination (F11) answers them.
/// </summary>
public sealed record ExaminationReferral
{
    public required DateTimeOffset At { get; init; }

    public required string Flow { get; init; }

    public required PartnerCode By { get; init; }

    public required Guid MessageId { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];
}
