using Ccapex.Hub.Routing;
using Ccapex.Hub.Charter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

public static class RoutingRegistration
{
    /// <summary>
    /// The charter rules, checked now so that a bad file stops the start with its faulty lines: the ones built
    /// into the hub, or the file CCAPEX_RULES_FILE names. The routing's durations come from Hub:Routing.
    /// </summary>
    public static IHostApplicationBuilder AddHubRouting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var rules = CharterRulesLoader.Load(builder.Configuration[HubEnvironment.RulesFileKey]);
        builder.Services.AddHubRouting(() => rules);
        builder.Services.Configure<RoutingOptions>(builder.Configuration.GetSection(RoutingOptions.Section));

        // The bus's configuration reads the listing's batch size: like HubOptions, the routing settings are
        // validated when the host is built, so a bad one stops the start (exit code 2) before hosting begins.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<RoutingOptions>>((host, routing) => _ = routing.Value);
        return builder;
    }
}
