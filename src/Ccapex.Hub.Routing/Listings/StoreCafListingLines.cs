using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>The listing lines in the store's <c>saga_item</c> table, shared by every hub instance.</summary>
public sealed class StoreCafListingLines(SagaItemStore store) : ICafListingLines
{
    public Task<bool> IsListedAsync(Guid dossierId, IReadOnlyList<Guid> listingIds, CancellationToken cancellationToken) =>
        store.ContainsAsync(dossierId, listingIds, cancellationToken);

    public async Task<IReadOnlyList<CafListingLine>> LinesAsync(Guid listingId, CancellationToken cancellationToken) =>
        [.. (await store.ReadAsync(listingId, cancellationToken).ConfigureAwait(false)).Select(CafListingLineItem.Line)];
}
