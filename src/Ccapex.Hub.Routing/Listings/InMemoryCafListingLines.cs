using System.Collections.Concurrent;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// Listing lines in memory, for state-machine tests with MassTransit's harness, whose in-memory repository does
/// not write saga items: the test applies each listing's pending items with <see cref="Apply"/>, as the store would.
/// </summary>
public sealed class InMemoryCafListingLines : ICafListingLines
{
    private readonly ConcurrentDictionary<Guid, List<SagaItem>> _listings = new();

    public Task<bool> IsListedAsync(Guid dossierId, IReadOnlyList<Guid> listingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listingIds);
        return Task.FromResult(listingIds.Any(id => Items(id).Any(i => i.Key == dossierId)));
    }

    public Task<IReadOnlyList<CafListingLine>> LinesAsync(Guid listingId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CafListingLine>>([.. Items(listingId).Select(i => CafListingLineItem.Line(i.Body))]);

    /// <summary>Stores the carrier's pending items and drops its retired groups, then empties both lists.</summary>
    public void Apply(ISagaItemCarrier carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        foreach (var item in carrier.PendingItems)
        {
            var items = _listings.GetOrAdd(item.Group, _ => []);
            lock (items)
            {
                if (!items.Any(i => i.Key == item.Key))
                {
                    items.Add(item);
                }
            }
        }

        foreach (var group in carrier.RetiredItemGroups)
        {
            _listings.TryRemove(group, out _);
        }

        carrier.PendingItems.Clear();
        carrier.RetiredItemGroups.Clear();
    }

    private SagaItem[] Items(Guid listingId)
    {
        if (!_listings.TryGetValue(listingId, out var items))
        {
            return [];
        }

        lock (items)
        {
            return [.. items];
        }
    }
}
