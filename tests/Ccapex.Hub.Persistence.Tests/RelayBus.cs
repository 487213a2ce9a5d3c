using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>The outbox relay of a store on a real MassTransit bus, as the host composes it, for the tests that read what it sends.</summary>
internal static class RelayBus
{
    public static ServiceProvider For(HubStore store, TimeProvider clock, Uri broker)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton(store);
        services.AddSingleton<OutboxSignal>();
        services.AddOptions<OutboxRelayOptions>().Configure(o => o.MessageAssemblies.Add(typeof(TestNotice).Assembly));
        services.AddSingleton<OutboxRelay>();
        services.AddMassTransit(x => x.UsingRabbitMq((_, cfg) => cfg.Host(broker)));
        return services.BuildServiceProvider();
    }
}
