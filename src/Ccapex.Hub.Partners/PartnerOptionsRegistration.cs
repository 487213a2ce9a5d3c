using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

public static class PartnerOptionsRegistration
{
    /// <summary>Binds "Hub" to <see cref="PartnerOptions"/>, validated at start; the stop is sized from it.</summary>
    public static IHostApplicationBuilder AddPartnerOptions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<PartnerOptions>, PartnerOptionsValidator>();
        builder.Services.AddOptions<PartnerOptions>().Bind(builder.Configuration.GetSection(PartnerOptions.Section)).ValidateOnStart();
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<PartnerOptions>>((host, partner) => host.ShutdownTimeout = partner.Value.ShutdownTimeout);
        return builder;
    }
}
