namespace Ccapex.Hub.Contracts;

/// <summary>
/// One household in the CDP listing sent to the CAF (F3): only what a rights check needs,
/// never the landlord's identity or the bailiff's act.
/// </summary>
public sealed record CafListingLine
{
    public required Guid DossierId { get; init; }

    public required IReadOnlyList<PersonName> Tenants { get; init; }

    public required PostalAddress Address { get; init; }

    public required int HouseholdSize { get; init; }

    public string? CafAllocataireNumber { get; init; }

    public required Euros MonthlyRent { get; init; }

    public required Euros MonthlyCharges { get; init; }

    public required Euros ArrearsAmount { get; init; }

    public required HousingBenefitStatus HousingBenefit { get; init; }

    public bool? BenefitPaidToLandlord { get; init; }

    public required DateOnly CdpDeliveredOn { get; init; }
}
