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

    public CafListingStateMachine(CharterRules rules, IOptions<RoutingOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _rule = rules["F3"];
        _clock = clock;
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
            When(LineQueued).Then(c => Add(c.Saga, c.MessageId, c.Message.Line))
                .TransitionTo(Gathering)
                .If(c => c.Saga.Lines.Count == 0, sent => sent.TransitionTo(Idle)));

        During(Idle,
            When(LineQueued).Then(c => Add(c.Saga, c.MessageId, c.Message.Line))
                .TransitionTo(Gathering)
                .If(c => c.Saga.Lines.Count == 0, sent => sent.TransitionTo(Idle)),
            Ignore(PeriodElapsed));

        // A listing that reaches its size is sent at once; otherwise its period's end sends it.
        During(Gathering,
            When(LineQueued).Then(c => Add(c.Saga, c.MessageId, c.Message.Line))
                .If(c => c.Saga.Lines.Count == 0, sent => sent.TransitionTo(Idle)),
            When(PeriodElapsed)
                .If(c => c.Message.ListingId == c.Saga.ListingId, due => due.Then(c => Send(c.Saga)).TransitionTo(Idle)));
    }

    public State Gathering { get; private set; } = null!;

    public State Idle { get; private set; } = null!;

    public Event<QueueCafListingLine> LineQueued { get; private set; } = null!;

    public Event<CafListingPeriodElapsed> PeriodElapsed { get; private set; } = null!;

    private void Add(CafListing listing, Guid? messageId, CafListingLine line)
    {
        var id = messageId ?? throw new InvalidOperationException("A listing line without MessageId cannot be traced to its dossier.");
        if (listing.Lines.Any(l => l.DossierId == line.DossierId) || listing.PreviousListingDossiers.Contains(line.DossierId))
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

        listing.Lines.Add(line);
        if (listing.Lines.Count >= _options.CafListingMaxHouseholds)
        {
            listing.PendingCancellations.Add(PeriodKey(listing.ListingId.Value));
            Send(listing);
        }
    }

    /// <summary>F3: one message for the whole listing, never one per household.</summary>
    private void Send(CafListing listing)
    {
        var listingId = listing.ListingId!.Value;
        var message = new CheckHousingBenefitRights
        {
            MessageId = listingId,
            SentAt = _clock.GetUtcNow(),
            Sender = PartnerCode.Drihl,
            ListingId = listingId,
            PeriodStart = DateOnly.FromDateTime(listing.PeriodStart!.Value.UtcDateTime),
            PeriodEnd = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime),
            Households = [.. listing.Lines],
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

        listing.PreviousListingDossiers = listing.Lines.Select(l => l.DossierId).ToList();
        listing.Lines.Clear();
        listing.ListingId = null;
        listing.PeriodStart = null;
        listing.ListingsSent++;
    }

    private static string PeriodKey(Guid listingId) => $"caf-listing:{listingId:N}";
}
