using Ccapex.Hub.Routing.Timeouts;
using MassTransit;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// F3 (action 17): the end of a CAF listing's period sends what it gathered. Lines are added by
/// <see cref="CafListingLinesConsumer"/>, in batches, which also sends a listing as soon as it is full; both write the
/// one row with optimistic concurrency, so a period's end that races a batch is retried on the row the batch left.
/// </summary>
public sealed class CafListingStateMachine : MassTransitStateMachine<CafListing>
{
    private readonly CafListingBook _book;

    public CafListingStateMachine(CafListingBook book)
    {
        _book = book;
        InstanceState(x => x.CurrentState);

        Event(() => PeriodElapsed, x =>
        {
            x.CorrelateById(_ => CafListing.InstanceId);
            x.OnMissingInstance(m => m.Discard());
        });

        During(Idle, Ignore(PeriodElapsed));

        // A timeout for a listing already sent (it filled up first) finds another listing id, or none: ignored.
        During(Gathering,
            When(PeriodElapsed)
                .If(c => c.Message.ListingId == c.Saga.ListingId,
                    due => due.ThenAsync(c => _book.SendAsync(c.Saga, new HashSet<Guid>(), c.CancellationToken)).TransitionTo(Idle)));
    }

    public State Gathering { get; private set; } = null!;

    public State Idle { get; private set; } = null!;

    public Event<CafListingPeriodElapsed> PeriodElapsed { get; private set; } = null!;
}
