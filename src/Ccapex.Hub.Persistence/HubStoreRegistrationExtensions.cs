using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Persistence;

/// <summary>How the host wires the hub store, the saga repositories, and the outbox relay (the hub's timeouts are outbox rows with a due time).</summary>
public static class HubStoreRegistrationExtensions
{
    /// <summary>
    /// The store itself (connections, schema creation at start), the saga item reader and the
    /// commit signal. Safe to call more than once; each <paramref name="configure"/> applies.
    /// </summary>
    public static IServiceCollection AddHubStore(this IServiceCollection services, Action<HubStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HubStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HubStore>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<SagaItemStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, HubStoreInitializer>());
        return services;
    }

    /// <summary>
    /// Stores <typeparamref name="TSaga"/> in the hub store, one row per instance in
    /// <paramref name="table"/>, with optimistic concurrency and the transactional outbox:
    /// <c>x.AddSagaStateMachine&lt;M, S&gt;().Repository(r =&gt; r.UseHubStore("dossier"))</c>.
    /// Conflicts raise <see cref="ConcurrencyException"/>: give the saga endpoint a message retry.
    /// </summary>
    public static ISagaRepositoryRegistrationConfigurator<TSaga> UseHubStore<TSaga>(this ISagaRepositoryRegistrationConfigurator<TSaga> configurator,
        string table, Action<HubSagaRepositoryOptions<TSaga>>? configure = null)
        where TSaga : class, ISagaVersion
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var options = new HubSagaRepositoryOptions<TSaga>(table);
        configure?.Invoke(options);
        configurator.AddHubStore();
        configurator.AddSingleton(new HubSagaTable(options.Table));
        configurator.RemoveAll<HubSagaRepositoryOptions<TSaga>>();
        configurator.AddSingleton(options);
        configurator.RegisterSagaRepository<TSaga, HubSagaSession<TSaga>, SagaConsumeContextFactory<HubSagaSession<TSaga>, TSaga>,
            HubSagaRepositoryContextFactory<TSaga>>();
        configurator.RegisterLoadSagaRepository<TSaga, HubSagaRepositoryContextFactory<TSaga>>();
        return configurator;
    }

    /// <summary>The relay, as a hosted service (and as a singleton, to reach <see cref="OutboxRelay.DispatchDueAsync"/>).</summary>
    public static IServiceCollection AddHubOutboxRelay(this IServiceCollection services, Action<OutboxRelayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<OutboxRelayOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddHubStore();
        services.TryAddSingleton<OutboxRelay>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay>());
        return services;
    }
}
