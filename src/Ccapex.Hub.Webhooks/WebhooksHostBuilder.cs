using Ccapex.Hub.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Webhooks;

/// <summary>The worker's registrations, for Program.cs and for tests that host it in process.</summary>
public static class WebhooksHostBuilder
{
    public static HostApplicationBuilder Create(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddWebhookOptions(args);
        builder.AddWebhookDispatch();
        builder.AddHubTelemetry("ccapex-webhooks");
        return builder;
    }
}
