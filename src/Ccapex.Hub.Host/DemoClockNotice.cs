using Ccapex.Hub.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Host;

/// <summary>Says loudly, at start, that the hub runs on a demonstration clock: never what production should see.</summary>
internal sealed partial class DemoClockNotice(ScaledTimeProvider clock, ILogger<DemoClockNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogDemo(clock.Scale, clock.GetUtcNow(), TimeSpan.FromDays(182.5) / clock.Scale);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demonstration mode: the hub's dates run {Scale} times faster than real time (hub time now {Now:u}; six months pass in {SixMonths})")]
    private partial void LogDemo(double scale, DateTimeOffset now, TimeSpan sixMonths);
}
