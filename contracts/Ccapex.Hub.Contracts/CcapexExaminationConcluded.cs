namespace Ccapex.Hub.Contracts;

/// <summary>F11. The CCAPEX examined a dossier in session: its outcome and recommendations (préconisations), each addressed to a partner; employees are oriented to Action logement (action 10).</summary>
[CharterFlow("F11", 18, 19, 20, 10)]
public sealed record CcapexExaminationConcluded : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required DateOnly ExaminedOn { get; init; }

    public required string SessionReference { get; init; }

    public required string Outcome { get; init; }

    public required IReadOnlyList<Recommendation> Recommendations { get; init; }
}
