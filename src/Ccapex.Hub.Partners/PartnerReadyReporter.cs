using Ccapex.Hub.Charter;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

/// <summary>Writes the one "worker ready" line once the partner's queue is consumed: scripts wait for it, and its absence is the health signal.</summary>
public sealed class PartnerReadyReporter(PartnerIdentity partner, IOptions<PartnerOptions> options, ILogger<PartnerReadyReporter> logger) : IBusObserver
{
    public Task PostStart(IBus bus, Task<BusReady> busReady)
    {
        ArgumentNullException.ThrowIfNull(busReady);
        var exchange = options.Value.PartnerExchange;
        var destination = string.IsNullOrEmpty(exchange) ? BrokerNames.IntakePrefix + "<message-type>" : $"{exchange} (topic)";
        logger.Ready(partner.Code, partner.Queue, busReady.Result.Host.HostAddress, destination);
        return Task.CompletedTask;
    }

    public Task StartFaulted(IBus bus, Exception exception)
    {
        logger.StartFailed(partner.Code, exception);
        return Task.CompletedTask;
    }

    public Task PreStop(IBus bus)
    {
        logger.Stopping(partner.Code);
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
        logger.Stopped(partner.Code);
        return Task.CompletedTask;
    }

    public Task StopFaulted(IBus bus, Exception exception)
    {
        logger.StopFailed(partner.Code, exception);
        return Task.CompletedTask;
    }
}
