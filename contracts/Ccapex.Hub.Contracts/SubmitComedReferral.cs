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

    public string? CdpActReference { get; init; }
}
