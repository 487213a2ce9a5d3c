using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Webhooks;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds <see cref="WebhookOptions"/> from "Webhooks" with CCAPEX_RABBITMQ_URI on top, gives each partner
    /// the default policy overridden by its own Delivery keys, and validates it all when the host starts.
    /// </summary>
    public static IHostApplicationBuilder AddWebhookOptions(this IHostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddWebhookSources(args);
        var section = builder.Configuration.GetSection(WebhookOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        builder.Services.AddOptions<WebhookOptions>()
            .Bind(section)
            .PostConfigure(options =>
            {
                foreach (var (code, partner) in options.Partners)
                {
                    // Two binds on one object: a key the partner leaves out keeps the default's value.
                    var policy = new DeliveryPolicy();
                    section.GetSection(DeliveryPolicy.Section).Bind(policy);
                    section.GetSection($"Partners:{code}:{DeliveryPolicy.Section}").Bind(policy);
                    partner.Delivery = policy;
                }
            })
            .ValidateOnStart();
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<WebhookOptions>>((host, webhooks) => host.ShutdownTimeout = webhooks.Value.ShutdownTimeout);
        return builder;
    }

    /// <summary>The variables the hub script exports, then the command line again so that it still wins.</summary>
    public static IConfigurationBuilder AddWebhookSources(this IConfigurationBuilder configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.AddInMemoryCollection(WebhookEnvironment.Read(Environment.GetEnvironmentVariable));
        configuration.AddCommandLine(args);
        return configuration;
    }
}
