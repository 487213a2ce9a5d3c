namespace Ccapex.Hub.Contracts;

/// <summary>F3. The CCAPEX secretariat sends the CAF the listing of CDP households of a period, to check the opening of their housing-benefit rights. One message per listing, not per household.</summary>
[CharterFlow("F3", 17)]
public sealed record CheckHousingBenefitRights : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid ListingId { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required IReadOnlyList<CafListingLine> Households { get; init; }
}
