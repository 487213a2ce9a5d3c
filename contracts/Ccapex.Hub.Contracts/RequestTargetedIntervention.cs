namespace Ccapex.Hub.Contracts;

/// <summary>F5. The CCAPEX secretariat asks the Département's social services for targeted information and intervention with a household.</summary>
[CharterFlow("F5", 11, 17)]
public sealed record RequestTargetedIntervention : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required InterventionReason Reason { get; init; }

    public required Household Household { get; init; }

    public required Euros ArrearsAmount { get; init; }

    public required ProcedureStage Stage { get; init; }

    public string? Comment { get; init; }
}
