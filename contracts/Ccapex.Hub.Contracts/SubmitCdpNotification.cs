namespace Ccapex.Hub.Contracts;

/// <summary>F1. The bailiffs' chamber notifies the CCAPEX of a commandement de payer (CDP) served to a tenant: the electronic "envoi valant notification du commandement de payer".</summary>
[CharterFlow("F1", 11, 17)]
public sealed record SubmitCdpNotification : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    /// <summary>The bailiff's own reference of the act; with the office code it identifies the CDP, and resubmitting it is idempotent.</summary>
    public required string ActReference { get; init; }

    public required BailiffOffice BailiffOffice { get; init; }

    public required DateOnly DeliveredOn { get; init; }

    public required Landlord Landlord { get; init; }

    public required Household Household { get; init; }

    /// <summary>Monthly rent excluding charges.</summary>
    public required Euros MonthlyRent { get; init; }

    public required Euros MonthlyCharges { get; init; }

    /// <summary>Total debt claimed by the act.</summary>
    public required Euros ArrearsAmount { get; init; }

    /// <summary>Whole months of unpaid rent.</summary>
    public required int ArrearsMonths { get; init; }

    public required HousingBenefitStatus HousingBenefit { get; init; }

    /// <summary>The household's CAF allocataire number, when the bailiff knows it.</summary>
    public string? CafAllocataireNumber { get; init; }

    /// <summary>Whether the housing benefit is paid to the landlord directly (tiers payant); null when unknown.</summary>
    public bool? BenefitPaidToLandlord { get; init; }
}
