using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Rules;
using Ccapex.Hub.Routing.Timeouts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// F3 (action 17): CDP households are gathered into one listing for the CAF, sent when it holds
/// <see cref="RoutingOptions.CafListingMaxHouseholds"/> households or when its period ends, whichever comes first.
/// </summary>
public sealed class CafListingStateMachine : MassTransitStateMachine<CafListing>
{
    private readonly RoutingOptions _options;
    private readonly FlowRule _rule;
    private readonly TimeProvider _clock;

    private readonly ICafListingLines _lines;

    public CafListingStateMachine(CharterRules rules, IOptions<RoutingOptions> options, TimeProvider clock, ICafListingLines lines)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _rule = rules["F3"];
        _clock = clock;
        _lines = lines;
        InstanceState(x => x.CurrentState);

        Event(() => LineQueued, x =>
        {
            x.CorrelateById(_ => CafListing.InstanceId);
            x.SetSagaFactory(_ => new CafListing { CorrelationId = CafListing.InstanceId });
        });
        Event(() => PeriodElapsed, x =>
        {
            x.CorrelateById(_ => CafListing.InstanceId);
            x.OnMissingInstance(m => m.Discard());
        });

        Initially(
            When(LineQueued).ThenAsync(AddAsync)
                .TransitionTo(Gathering)
                .If(c => c.Saga.LineCount == 0, sent => sent.TransitionTo(Idle)));

        During(Idle,
            When(LineQueued).ThenAsync(AddAsync)
                .TransitionTo(Gathering)
                .If(c => c.Saga.LineCount == 0, sent => sent.TransitionTo(Idle)),
            Ignore(PeriodElapsed));

        // A listing that reaches its size is sent at once; otherwise its period's end sends it.
        During(Gathering,
            When(LineQueued).ThenAsync(AddAsync)
                .If(c => c.Saga.LineCount == 0, sent => sent.TransitionTo(Idle)),
            When(PeriodElapsed)
                .If(c => c.Message.ListingId == c.Saga.ListingId,
                    due => due.ThenAsync(c => SendAsync(c.Saga, c.CancellationToken)).TransitionTo(Idle)));
    }

    public State Gathering { get; private set; } = null!;

    public State Idle { get; private set; } = null!;

    public Event<QueueCafListingLine> LineQueued { get; private set; } = null!;

    public Event<CafListingPeriodElapsed> PeriodElapsed { get; private set; } = null!;

    private async Task AddAsync(BehaviorContext<CafListing, QueueCafListingLine> context)
    {
        var listing = context.Saga;
        var line = context.Message.Line;
        var id = context.MessageId ?? throw new InvalidOperationException("A listing line without MessageId cannot be traced to its dossier.");
        MoveLegacyLines(listing);
        if (await IsListedAsync(listing, line.DossierId, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (listing.ListingId is null)
        {
            listing.ListingId = DeterministicGuid.Create(id, "caf-listing");
            listing.PeriodStart = _clock.GetUtcNow();
            listing.PendingOutbox.Add(new OutboxEntry
            {
                MessageId = DeterministicGuid.Create(listing.ListingId.Value, "period-elapsed"),
                Destination = HubAddresses.Queue(HubAddresses.CafListingQueue),
                MessageType = typeof(CafListingPeriodElapsed).FullName!,
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
            await SendAsync(listing, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>On the listing being gathered or the one sent last: stored, or pending with this message.</summary>
    private async Task<bool> IsListedAsync(CafListing listing, Guid dossierId, CancellationToken cancellationToken)
    {
        Guid[] listings = [.. new[] { listing.ListingId, listing.PreviousListingId }.OfType<Guid>()];
        return listing.PendingItems.Any(i => i.Key == dossierId && listings.Contains(i.Group))
            || await _lines.IsListedAsync(dossierId, listings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>F3: one message for the whole listing, never one per household.</summary>
    private async Task SendAsync(CafListing listing, CancellationToken cancellationToken)
    {
        MoveLegacyLines(listing);
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
                Destination = HubAddresses.Queue(HubAddresses.PartnerQueue(recipient.Partner.Value)),
                MessageType = typeof(CheckHousingBenefitRights).FullName!,
                Body = MessageViews.For(message, recipient, recipient.Partner.Value),
                CorrelationId = listingId,
            });
        }

        // The listing just sent becomes the previous one; the one before it is no longer needed.
        if (listing.PreviousListingId is { } older)
        {
            listing.RetiredItemGroups.Add(older);
        }

        listing.PreviousListingId = listingId;
        listing.LineCount = 0;
        listing.ListingId = null;
        listing.PeriodStart = null;
        listing.ListingsSent++;
    }

    /// <summary>A row stored before lines became items carries them in its body: they become items of its listing.</summary>
    private static void MoveLegacyLines(CafListing listing)
    {
        if (listing.LegacyLines is not { Count: > 0 } legacy || listing.ListingId is not { } listingId)
        {
            listing.LegacyLines = null;
            return;
        }

        listing.PendingItems.AddRange(legacy.Select(l => CafListingLineItem.From(listingId, l)));
        listing.LineCount = legacy.Count;
        listing.LegacyLines = null;
    }

    private static string PeriodKey(Guid listingId) => $"caf-listing:{listingId:N}";
}
