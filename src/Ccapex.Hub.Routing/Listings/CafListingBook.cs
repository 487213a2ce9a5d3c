using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing.Timeouts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// F3 (action 17): what a line and a period's end do to the CAF listing, in memory; the caller writes the row, its
/// items and its outbox entries in one transaction. Every id is derived from a message id, so a write that is
/// retried or replayed after a crash produces the same rows.
/// </summary>
public sealed class CafListingBook
{
    private readonly RoutingOptions _options;
    private readonly FlowRule _rule;
    private readonly TimeProvider _clock;
    private readonly ICafListingLines _lines;

    public CafListingBook(CharterRules rules, IOptions<RoutingOptions> options, TimeProvider clock, ICafListingLines lines)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _rule = rules["F3"];
        _clock = clock;
        _lines = lines;
    }

    /// <summary>
    /// Adds the line unless its dossier is listed already; sends the listing when it is full.
    /// <paramref name="sent"/> holds the listings sent by the write in progress (see <see cref="SendAsync"/>).
    /// </summary>
    public async Task AddAsync(CafListing listing, CafListingLine line, Guid messageId, ISet<Guid> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(line);
        if (await IsListedAsync(listing, line.DossierId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (listing.ListingId is null)
        {
            listing.ListingId = DeterministicGuid.Create(messageId, "caf-listing");
            listing.PeriodStart = _clock.GetUtcNow();
            listing.PendingOutbox.Add(new OutboxEntry
            {
                MessageId = DeterministicGuid.Create(listing.ListingId.Value, "period-elapsed"),
                Destination = BrokerNames.Queue(BrokerNames.CafListingQueue),
                MessageType = typeof(CafListingPeriodElapsed),
                Body = MessageViews.Full(new CafListingPeriodElapsed { ListingId = listing.ListingId.Value }),
                DueAt = listing.PeriodStart + _options.CafListingPeriod,
                CorrelationId = CafListing.InstanceId,
                CancelKey = PeriodKey(listing.ListingId.Value),
            });
        }

        listing.PendingItems.Add(CafListingLineItem.From(listing.ListingId.Value, line));
        listing.LineCount++;
        if (listing.LineCount >= _options.CafListingMaxHouseholds)
        {
            listing.PendingCancellations.Add(PeriodKey(listing.ListingId.Value));
            await SendAsync(listing, sent, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// F3: one message for the whole listing, never one per household. The listing just sent becomes the previous
    /// one; those sent by an earlier write are retired. Listings sent earlier in the same write are kept too
    /// (<see cref="CafListing.EarlierListingIds"/>): until that write is acknowledged, any of its lines may be
    /// redelivered and must still be recognised.
    /// </summary>
    public async Task SendAsync(CafListing listing, ISet<Guid> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(sent);
        var listingId = listing.ListingId!.Value;
        var stored = await _lines.LinesAsync(listingId, cancellationToken).ConfigureAwait(false);
        var pending = listing.PendingItems.Where(i => i.Group == listingId).Select(i => CafListingLineItem.Line(i.Body));
        var message = new CheckHousingBenefitRights
        {
            MessageId = listingId,
            SentAt = _clock.GetUtcNow(),
            Sender = PartnerCode.Drihl,
            ListingId = listingId,
            PeriodStart = DateOnly.FromDateTime(listing.PeriodStart!.Value.UtcDateTime),
            PeriodEnd = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime),
            Households = [.. stored.Concat(pending).DistinctBy(l => l.DossierId)],
        };
        foreach (var recipient in _rule.Recipients.Where(r => r.Partner is not null))
        {
            listing.PendingOutbox.Add(new OutboxEntry
            {
                MessageId = DeterministicGuid.Create(listingId, $"deliver:{recipient.Partner!.Value.Value}"),
                Destination = BrokerNames.Queue(BrokerNames.PartnerQueue(recipient.Partner.Value)),
                MessageType = typeof(CheckHousingBenefitRights),
                Body = MessageViews.For(message, recipient, recipient.Partner.Value),
                CorrelationId = listingId,
                Facts = new OutboxFacts(recipient.Partner.Value.Value, _rule.Flow, Audit.JournalArrivals.ViewOf(recipient),
                    [.. message.Households.Select(h => h.DossierId)]),
            });
        }

        Retire(listing, sent);
        sent.Add(listingId);
        listing.PreviousListingId = listingId;
        listing.LineCount = 0;
        listing.ListingId = null;
        listing.PeriodStart = null;
        listing.ListingsSent++;
    }

    private static void Retire(CafListing listing, ISet<Guid> sent)
    {
        if (listing.PreviousListingId is not { } previous)
        {
            return;
        }

        if (sent.Contains(previous))
        {
            listing.EarlierListingIds.Add(previous);
            return;
        }

        listing.RetiredItemGroups.Add(previous);
        listing.RetiredItemGroups.AddRange(listing.EarlierListingIds);
        listing.EarlierListingIds.Clear();
    }

    /// <summary>On the listing being gathered or one kept after it was sent: stored, or pending in this write.</summary>
    private async Task<bool> IsListedAsync(CafListing listing, Guid dossierId, CancellationToken cancellationToken)
    {
        Guid[] listings = [.. new[] { listing.ListingId, listing.PreviousListingId }.OfType<Guid>(), .. listing.EarlierListingIds];
        return listing.PendingItems.Any(i => i.Key == dossierId && listings.Contains(i.Group))
            || await _lines.IsListedAsync(dossierId, listings, cancellationToken).ConfigureAwait(false);
    }

    private static string PeriodKey(Guid listingId) => $"caf-listing:{listingId:N}";
}
