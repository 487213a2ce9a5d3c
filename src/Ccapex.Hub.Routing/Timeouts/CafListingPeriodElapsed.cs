namespace Ccapex.Hub.Routing.Timeouts;

/// <summary>Timeout: the CAF listing's period is over; send what was gathered (F3).</summary>
public sealed record CafListingPeriodElapsed
{
    public required Guid ListingId { get; init; }
}
