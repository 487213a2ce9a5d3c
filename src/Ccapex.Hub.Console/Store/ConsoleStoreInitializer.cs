namespace Ccapex.Hub.Console.Store;

/// <summary>Creates the console's tables while the host starts, so a store that cannot be reached fails the start.</summary>
public sealed class ConsoleStoreInitializer(ConsoleStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => ConsoleSchema.EnsureCreatedAsync(store, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
