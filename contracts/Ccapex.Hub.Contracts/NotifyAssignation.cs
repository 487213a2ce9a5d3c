namespace Ccapex.Hub.Contracts;

/// <summary>F6. The bailiffs' chamber notifies an assignation (summons to court), for any ground, so that a social diagnosis is made before the hearing.</summary>
[CharterFlow("F6", 9)]
public sealed record NotifyAssignation : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    /// <summary>The dossier, when the sender knows it; otherwise the hub matches by CDP act reference or household.</summary>
    public Guid? DossierId { get; init; }

    public required string ActReference { get; init; }

    /// <summary>Reference of the earlier CDP, when there was one.</summary>
    public string? CdpActReference { get; init; }

    /// <summary>
    /// The day the earlier CDP was served, when there was one: the six weeks before an assignation for arrears
    /// (art. 24 I of the law of 6 July 1989) run from it. When absent, the date of the CDP the hub was notified of.
    /// </summary>
    public DateOnly? CdpDeliveredOn { get; init; }

    public required BailiffOffice BailiffOffice { get; init; }

    public required EvictionGround Ground { get; init; }

    public required DateOnly ServedOn { get; init; }

    public required DateOnly HearingDate { get; init; }

    /// <summary>
    /// The day the assignation was notified to the préfet, at least six weeks before the hearing (art. 24 III of the
    /// law of 6 July 1989). When absent, the day this message was sent (<see cref="SentAt"/>, in Paris time).
    /// </summary>
    public DateOnly? PrefectNotifiedOn { get; init; }

    public required string Court { get; init; }

    public required Landlord Landlord { get; init; }

    public required Household Household { get; init; }

    public Euros? ArrearsAmount { get; init; }
}
