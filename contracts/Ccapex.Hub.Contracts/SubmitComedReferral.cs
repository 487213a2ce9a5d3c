namespace Ccapex.Hub.Contracts;

/// <summary>F9. The COMED DALO (mediation commission) refers a household to the CCAPEX (saisine).</summary>
[CharterFlow("F9", 22)]
public sealed record SubmitComedReferral : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public Guid? DossierId { get; init; }

    public required Household Household { get; init; }

    public required string ComedDecisionReference { get; init; }

    public required string Reason { get; init; }

    /// <summary>
    /// When the COMED recognised the household as a DALO priority to be rehoused, if it did: the hub keeps the priority
    /// and starts the review of its blockers to rehousing (F8), as on the Préfecture's alert (F7).
    /// </summary>
    public DateOnly? DaloRecognisedOn { get; init; }

    public string? CdpActReference { get; init; }
}
