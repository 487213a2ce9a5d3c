using MassTransit;
using MassTransit.Saga;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// MassTransit's entry into the store for one saga type: one session (connection) per message,
/// whose deferred work is completed only when the saga pipe returned without error.
/// </summary>
internal sealed class HubSagaRepositoryContextFactory<TSaga> :
    ISagaRepositoryContextFactory<TSaga>,
    ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    private readonly HubStore _store;
    private readonly HubSagaRepositoryOptions<TSaga> _options;
    private readonly OutboxSignal _signal;
    private readonly ISagaConsumeContextFactory<HubSagaSession<TSaga>, TSaga> _factory;
    private readonly ISagaWriteParticipant<TSaga>[] _participants;

    public HubSagaRepositoryContextFactory(HubStore store, HubSagaRepositoryOptions<TSaga> options, OutboxSignal signal,
        ISagaConsumeContextFactory<HubSagaSession<TSaga>, TSaga> factory, IEnumerable<ISagaWriteParticipant<TSaga>> participants)
    {
        _store = store;
        _options = options;
        _signal = signal;
        _factory = factory;
        _participants = [.. participants];
    }

    public void Probe(ProbeContext context)
    {
        context.Add("persistence", "hub-store");
        context.Add("provider", _store.Provider.ToString());
        context.Add("table", _options.Table);
    }

    public async Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        await _store.EnsureCreatedAsync(context.CancellationToken).ConfigureAwait(false);
        var session = new HubSagaSession<TSaga>(_store, _options, _signal, _participants);
        await using (session.ConfigureAwait(false))
        {
            var repositoryContext = new HubSagaRepositoryContext<TSaga, T>(session, context, _factory);
            await next.Send(repositoryContext).ConfigureAwait(false);
            await session.CompleteAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }

    // The hub correlates every saga by id: query correlation (CorrelateBy(expression)) is not offered.
    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        throw new NotSupportedException($"The hub store correlates {typeof(TSaga).Name} by id only; query correlation is not supported.");

    public async Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(asyncMethod);
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var session = new HubSagaSession<TSaga>(_store, _options, _signal);
        await using (session.ConfigureAwait(false))
        {
            return await asyncMethod(new HubLoadSagaRepositoryContext<TSaga>(session, cancellationToken)).ConfigureAwait(false);
        }
    }
}
