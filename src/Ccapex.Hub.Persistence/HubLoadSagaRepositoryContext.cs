using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;

namespace Ccapex.Hub.Persistence;

/// <summary>Read access to instances by id, outside any message (MassTransit's ILoadSagaRepository).</summary>
internal sealed class HubLoadSagaRepositoryContext<TSaga> :
    BasePipeContext,
    LoadSagaRepositoryContext<TSaga>
    where TSaga : class, ISagaVersion
{
    private readonly HubSagaSession<TSaga> _session;

    public HubLoadSagaRepositoryContext(HubSagaSession<TSaga> session, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _session = session;
    }

    public async Task<TSaga> Load(Guid correlationId) =>
        (await _session.LoadAsync(correlationId, CancellationToken).ConfigureAwait(false))!;
}
