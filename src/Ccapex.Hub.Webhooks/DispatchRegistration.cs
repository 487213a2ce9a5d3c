using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Webhooks;

public static class DispatchRegistration
{
    /// <summary>The dispatchers, one per registered partner, as a hosted service.</summary>
    public static IHostApplicationBuilder AddWebhookDispatch(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<WebhookDispatchService>();
        return builder;
    }
}
