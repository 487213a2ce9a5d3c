using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Creates the schema while the host is starting, before any hosted service (the bus among them)
/// starts consuming, so a missing database fails the start rather than the first message.
/// </summary>
internal sealed partial class HubStoreInitializer : IHostedLifecycleService
{
    private readonly HubStore _store;
    private readonly ILogger<HubStoreInitializer> _logger;

    public HubStoreInitializer(HubStore store, ILogger<HubStoreInitializer> logger)
    {
        _store = store;
        _logger = logger;
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // Reading it here makes a malformed value fail the start, and an armed hub visible in its log.
        if (CrashPoint.Description is { } armed)
        {
            LogCrashPointArmed(CrashPoint.Variable, armed);
        }

        return _store.EnsureCreatedAsync(cancellationToken);
    }

    // Hosts that call StartAsync only (the MassTransit test harness) still get the schema first.
    public Task StartAsync(CancellationToken cancellationToken) => _store.EnsureCreatedAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Variable}={CrashPoint} is set: this hub kills itself when it gets there (crash tests only)")]
    partial void LogCrashPointArmed(string variable, string crashPoint);
}
