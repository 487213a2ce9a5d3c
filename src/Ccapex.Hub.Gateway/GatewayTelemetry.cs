using Ccapex.Hub.Telemetry;
using OpenTelemetry.Trace;

namespace Ccapex.Hub.Gateway;

public static class GatewayTelemetry
{
    /// <summary>The shared telemetry with the gateway's own requests as the first span of a partner message's trace (OTLP only: the gateway has no health port).</summary>
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddHubTelemetry("ccapex-gateway", tracing: t => t.AddAspNetCoreInstrumentation());
        return builder;
    }
}
