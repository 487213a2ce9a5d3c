namespace Ccapex.Hub.Contracts;

/// <summary>
/// F18. A landlord that is a legal person (a company or a social landlord) refers the household to the CCAPEX, as it
/// must at least two months before it has the tenant assigned for arrears (law of 6 July 1989, art. 24 II); the
/// bailiffs' chamber may send it for a company landlord that has no connection of its own (charter actions 9, 14).
/// </summary>
[CharterFlow("F18", 9, 14)]
public sealed record SubmitLandlordReferral : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public Guid? DossierId { get; init; }

    public required Household Household { get; init; }

    /// <summary>The landlord making the referral: a company or a social landlord, with its SIREN.</summary>
    public required Landlord Landlord { get; init; }

    /// <summary>The day the CCAPEX was referred to (the saisine): the two months run from it.</summary>
    public required DateOnly ReferredOn { get; init; }

    public required Euros ArrearsAmount { get; init; }

    public string? CdpActReference { get; init; }

    public string? Comment { get; init; }
}
