using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host;

/// <summary>
/// Writes the one "Ccapex.Hub ready" line once the bus has started and every receive endpoint is
/// consuming: scripts and tests wait for that line rather than guess with a delay.
/// </summary>
public sealed class ReadyReporter(ILogger<ReadyReporter> logger, IOptions<HubOptions> options) : IBusObserver
{
    public Task PostStart(IBus bus, Task<BusReady> busReady)
    {
        ArgumentNullException.ThrowIfNull(busReady);

        // MassTransit awaits busReady before calling PostStart, so it is complete here.
        var host = busReady.Result.Host;
        var queues = host.ReceiveEndpoints
            .Select(e => e.InputAddress.AbsolutePath.Split('/')[^1])
            .Where(name => name.StartsWith(BrokerNames.Prefix, StringComparison.Ordinal)
                && !name.StartsWith(BrokerNames.BusEndpointPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        logger.Settings(options.Value.DataDirectory, options.Value.ShutdownTimeout);
        logger.Ready(host.HostAddress, string.Join(", ", queues));
        return Task.CompletedTask;
    }

    public Task StartFaulted(IBus bus, Exception exception)
    {
        logger.StartFailed(exception);
        return Task.CompletedTask;
    }

    public Task PreStop(IBus bus)
    {
        logger.Stopping();
        return Task.CompletedTask;
    }

    public void PostCreate(IBus bus)
    {
    }

    public void CreateFaulted(Exception exception)
    {
    }

    public Task PreStart(IBus bus) => Task.CompletedTask;

    public Task PostStop(IBus bus)
    {
        logger.Stopped();
        return Task.CompletedTask;
    }

    public Task StopFaulted(IBus bus, Exception exception)
    {
        logger.StopFailed(exception);
        return Task.CompletedTask;
    }
}
