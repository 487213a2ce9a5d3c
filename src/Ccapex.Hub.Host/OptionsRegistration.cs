using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds <see cref="HubOptions"/> from "Hub" with the CCAPEX_* variables on top, validates them
    /// when the host starts, and sizes the host's shutdown from them.
    /// </summary>
    public static IHostApplicationBuilder AddHubOptions(this IHostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // After appsettings and the environment, then the command line again so that it still wins.
        builder.Configuration.AddInMemoryCollection(HubEnvironment.Read(Environment.GetEnvironmentVariable));
        builder.Configuration.AddCommandLine(args);

        builder.Services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidator>();
        builder.Services.AddOptions<HubOptions>()
            .Bind(builder.Configuration.GetSection(HubOptions.Section))
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.DataDirectory))
                {
                    options.DataDirectory = Path.GetFullPath(options.DataDirectory);
                }
            })
            .ValidateOnStart();

        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<HubOptions>>((host, hub) => host.ShutdownTimeout = hub.Value.ShutdownTimeout);
        return builder;
    }
}
