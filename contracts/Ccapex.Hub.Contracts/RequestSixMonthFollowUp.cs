namespace Ccapex.Hub.Contracts;

/// <summary>F13. Six months after an examination, the CCAPEX secretariat asks a partner involved in the dossier how the household is doing.</summary>
[CharterFlow("F13", 23)]
public sealed record RequestSixMonthFollowUp : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required Guid FollowUpId { get; init; }

    public required PartnerCode Addressee { get; init; }

    public required DateOnly ExaminedOn { get; init; }

    public required DateOnly AnswerDueBy { get; init; }

    /// <summary>The recommendations of the examination addressed to this partner.</summary>
    public IReadOnlyList<string> Recommendations { get; init; } = [];
}
