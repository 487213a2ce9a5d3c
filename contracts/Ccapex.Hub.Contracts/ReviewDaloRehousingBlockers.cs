namespace Ccapex.Hub.Contracts;

/// <summary>F8. The CCAPEX secretariat asks the Département and the CAF (and AVDL operators) to review what blocks the rehousing of a DALO household at risk of a CFP.</summary>
[CharterFlow("F8", 19)]
public sealed record ReviewDaloRehousingBlockers : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required Household Household { get; init; }

    public required DateOnly DaloRecognisedOn { get; init; }

    /// <summary>When the CFP decision is expected; absent when no CFP was requested yet (a COMED referral).</summary>
    public DateOnly? DecisionExpectedBy { get; init; }

    /// <summary>Answer expected by this date.</summary>
    public required DateOnly AnswerDueBy { get; init; }
}
