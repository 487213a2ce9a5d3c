using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// The lines of CAF listings already stored (the listing saga writes new ones with its row, as
/// <see cref="CafListing.PendingItems"/>). The hub reads the store's; MassTransit's harness uses one in memory.
/// </summary>
public interface ICafListingLines
{
    /// <summary>True when the dossier has a line stored on one of these listings.</summary>
    Task<bool> IsListedAsync(Guid dossierId, IReadOnlyList<Guid> listingIds, CancellationToken cancellationToken);

    /// <summary>The stored lines of a listing, in the order they were queued.</summary>
    Task<IReadOnlyList<CafListingLine>> LinesAsync(Guid listingId, CancellationToken cancellationToken);
}
