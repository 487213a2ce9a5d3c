using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Creates the schema while the host is starting, before any hosted service (the bus among them)
/// starts consuming, so a missing database fails the start rather than the first message.
/// </summary>
internal sealed class HubStoreInitializer : IHostedLifecycleService
{
    readonly HubStore _store;

    public HubStoreInitializer(HubStore store)
    {
        _store = store;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => _store.EnsureCreatedAsync(cancellationToken);

    // Hosts that call StartAsync only (the MassTransit test harness) still get the schema first.
    public Task StartAsync(CancellationToken cancellationToken) => _store.EnsureCreatedAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
