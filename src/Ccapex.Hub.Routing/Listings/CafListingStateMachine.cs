using Ccapex.Hub.Routing.Timeouts;
using MassTransit;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// F3 (action 17): the listing's states. Lines are added by <see cref="CafListingLinesConsumer"/>, in batches (a
/// MassTransit batch is no saga event), which sends a listing as soon as it is full and then raises
/// <see cref="LinesAdded"/> here: the state follows what the batch left (a listing open or not). The end of a period
/// sends what was gathered. Both write the one row with optimistic concurrency, so a period's end that races a batch
/// is retried on the row the batch left.
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

        During(Initial, Idle, Gathering,
            When(LinesAdded)
                .IfElse(c => c.Saga.ListingId is null,
                    idle => idle.TransitionTo(Idle),
                    gathering => gathering.TransitionTo(Gathering)));

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

    /// <summary>A batch of lines was applied to the listing. No message carries it (nothing can send it): the lines consumer raises it.</summary>
    public Event LinesAdded { get; private set; } = null!;
}
