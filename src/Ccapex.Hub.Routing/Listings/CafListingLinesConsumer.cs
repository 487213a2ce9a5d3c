using MassTransit;
using MassTransit.Saga;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>
/// F3: the queued lines, a batch at a time: one load of the listing row, every line applied in memory in the order
/// received, then one write of the row with its item and outbox rows. Each message of the batch is acknowledged
/// only after that write commits; if it fails, the whole batch is retried (the same ids, and one line per listing
/// and dossier, make the replay add nothing). The row goes through the saga repository the listing is registered
/// with (the hub store, or the harness's memory), so its optimistic version guards it against the state machine.
/// </summary>
public sealed class CafListingLinesConsumer(ISagaRepositoryContextFactory<CafListing> sagas, CafListingBook book, CafListingStateMachine machine)
    : IConsumer<Batch<QueueCafListingLine>>
{
    public Task Consume(ConsumeContext<Batch<QueueCafListingLine>> context) =>
        sagas.Send(context, Pipe.ExecuteAsync<SagaRepositoryContext<CafListing, Batch<QueueCafListingLine>>>(AddAsync));

    private async Task AddAsync(SagaRepositoryContext<CafListing, Batch<QueueCafListingLine>> repository)
    {
        var loaded = await repository.Load(CafListing.InstanceId).ConfigureAwait(false);
        var saga = loaded ?? await repository.Add(new CafListing { CorrelationId = CafListing.InstanceId }).ConfigureAwait(false);
        try
        {
            var listing = saga.Saga;
            var sent = new HashSet<Guid>();
            foreach (var line in repository.Message)
            {
                var id = line.MessageId ?? throw new InvalidOperationException("A listing line without MessageId cannot be traced to its dossier.");
                await book.AddAsync(listing, line.Message.Line, id, sent, repository.CancellationToken).ConfigureAwait(false);
            }

            // The state changes in the state machine only: it follows what the batch left.
            StateMachine<CafListing> states = machine;
            await states.RaiseEvent(new MassTransitStateMachine<CafListing>.BehaviorContextProxy(machine, saga, machine.LinesAdded)).ConfigureAwait(false);
            await (loaded is null ? repository.Save(saga) : repository.Update(saga)).ConfigureAwait(false);
        }
        finally
        {
            // The in-memory repository holds the instance's lock until its context is disposed.
            if (saga is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                (saga as IDisposable)?.Dispose();
            }
        }
    }
}
