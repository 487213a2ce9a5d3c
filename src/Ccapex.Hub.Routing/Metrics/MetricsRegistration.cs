using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Routing.Metrics;

public static class MetricsRegistration
{
    /// <summary>The observers that count the hub's messages, on every endpoint of the bus; no line in the consumers.</summary>
    public static IServiceCollection AddHubMessageMetrics(this IServiceCollection services)
    {
        services.AddSingleton<RefusedMessages>();
        services.AddConsumeObserver<MessagesInObserver>();
        services.AddSendObserver<MessagesOutObserver>();
        return services;
    }
}
