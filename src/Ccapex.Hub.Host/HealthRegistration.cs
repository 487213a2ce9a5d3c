using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Host;

public static class HealthRegistration
{
    /// <summary>Health checks (MassTransit adds its bus check to them) and the endpoint that serves them when a port is set.</summary>
    public static IHostApplicationBuilder AddHubHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<HealthEndpoint>();
        return builder;
    }
}
