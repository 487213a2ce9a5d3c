using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// What MassTransit's saga pipes (SendSagaPipe, MissingSagaPipe) call for one message: the
/// consume context plus the repository operations, each delegated to the message's session.
/// </summary>
internal sealed class HubSagaRepositoryContext<TSaga, TMessage> :
    ConsumeContextScope<TMessage>,
    SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISagaVersion
    where TMessage : class
{
    private readonly HubSagaSession<TSaga> _session;
    private readonly ConsumeContext<TMessage> _consumeContext;
    private readonly ISagaConsumeContextFactory<HubSagaSession<TSaga>, TSaga> _factory;

    public HubSagaRepositoryContext(HubSagaSession<TSaga> session, ConsumeContext<TMessage> consumeContext,
        ISagaConsumeContextFactory<HubSagaSession<TSaga>, TSaga> factory)
        : base(consumeContext)
    {
        _session = session;
        _consumeContext = consumeContext;
        _factory = factory;
    }

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        _factory.CreateSagaConsumeContext(_session, _consumeContext, instance, SagaConsumeContextMode.Add);

    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        if (!await _session.TryInsertAsync(instance, CancellationToken).ConfigureAwait(false))
        {
            return null!; // SendSagaPipe reads null as "exists already" and loads it.
        }

        return await _factory.CreateSagaConsumeContext(_session, _consumeContext, instance, SagaConsumeContextMode.Insert).ConfigureAwait(false);
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        var instance = await _session.LoadAsync(correlationId, CancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return null!; // SendSagaPipe reads null as "missing" and applies the missing-saga policy.
        }

        return await _factory.CreateSagaConsumeContext(_session, _consumeContext, instance, SagaConsumeContextMode.Load).ConfigureAwait(false);
    }

    public Task Save(SagaConsumeContext<TSaga> context) => _session.SaveAsync(context.Saga, CancellationToken);

    public Task Update(SagaConsumeContext<TSaga> context) => _session.UpdateAsync(context.Saga, CancellationToken);

    public Task Delete(SagaConsumeContext<TSaga> context) => _session.DeleteAsync(context.Saga, CancellationToken);

    public Task Discard(SagaConsumeContext<TSaga> context)
    {
        _session.Discard(context.Saga);
        return Task.CompletedTask;
    }

    // Read-only policies change nothing, and nothing was written before the state machine ran.
    public Task Undo(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        _factory.CreateSagaConsumeContext(_session, consumeContext, instance, mode);
}
