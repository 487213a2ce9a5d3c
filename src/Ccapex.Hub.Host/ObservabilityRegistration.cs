using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Metrics;
using Ccapex.Hub.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Host;

public static class ObservabilityRegistration
{
    /// <summary>
    /// Traces and metrics (exporters by "Hub:Telemetry", /metrics on the health port), the observers that count messages
    /// in and out, and the outbox lag read from the store.
    /// </summary>
    public static IHostApplicationBuilder AddHubObservability(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddHubTelemetry("ccapex-hub", $"{HubOptions.Section}:Health:Port");
        builder.Services.AddHubMessageMetrics();
        builder.Services.AddHostedService<OutboxLagGauge>();
        return builder;
    }
}
