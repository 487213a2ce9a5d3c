using Ccapex.Hub.Time;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Demo;

public static class DemoRegistration
{
    /// <summary>Settings (Demo:*, with CCAPEX_RABBITMQ_URI as the broker), the shared demonstration clock, the simulated partners.</summary>
    public static HostApplicationBuilder AddDemo(this HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.Section)
            .PostConfigure(o => o.RabbitMqUri ??= Environment.GetEnvironmentVariable("CCAPEX_RABBITMQ_URI"))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        builder.Services.AddSingleton(DemoTime.FromEnvironment());
        builder.Services.AddHostedService<SimulatedPartners>();
        return builder;
    }
}
