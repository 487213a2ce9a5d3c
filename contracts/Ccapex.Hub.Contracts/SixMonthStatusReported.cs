namespace Ccapex.Hub.Contracts;

/// <summary>F14. A partner asked in F13 reports the household's situation six months on.</summary>
[CharterFlow("F14", 23)]
public sealed record SixMonthStatusReported : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required Guid FollowUpId { get; init; }

    public required FollowUpSituation Situation { get; init; }

    public string? Comment { get; init; }
}
