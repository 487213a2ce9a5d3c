namespace Ccapex.Hub.Contracts;

/// <summary>F4. The CAF reports the result of the rights check for one household of a listing; a critical case is to be examined by the CCAPEX.</summary>
[CharterFlow("F4", 11, 17)]
public sealed record HousingBenefitRightsChecked : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required Guid ListingId { get; init; }

    public required BenefitRightsStatus Status { get; init; }

    /// <summary>True when the household meets the CAF's selection criteria for a CCAPEX examination.</summary>
    public required bool IsCritical { get; init; }

    public IReadOnlyList<string> CriticalReasons { get; init; } = [];

    public string? Comment { get; init; }
}
