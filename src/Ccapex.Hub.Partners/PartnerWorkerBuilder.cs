using Microsoft.Extensions.DependencyInjection;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Partners;

/// <summary>
/// A partner worker as its process runs it: settings, logs, and MassTransit on the partner's queue with the
/// shared consumers plus the worker's own. Tests host the very same builder in their process.
/// </summary>
public static class PartnerWorkerBuilder
{
    /// <param name="args">Command line; wins over appsettings.json and the environment.</param>
    /// <param name="partner">Whom the worker speaks for.</param>
    /// <param name="adapters">The worker's options and adapters; registered before the bus, so their hosted services (an extract
    /// to load, a folder to check) start, and may refuse to, before any delivery arrives.</param>
    /// <param name="consumers">The worker's own consumers, on the partner's queue with the shared ones.</param>
    public static HostApplicationBuilder Create(string[] args, PartnerCode partner, Action<IHostApplicationBuilder> adapters, Action<IBusRegistrationConfigurator> consumers)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddPartnerOptions().AddPartnerLogging();
        builder.AddHubTelemetry($"ccapex-partner-{partner.Value.ToLowerInvariant()}");

        // The hub's demonstration clock when `./hub up` runs one; the real clock otherwise (tests replace it).
        builder.Services.AddSingleton(Time.DemoTime.FromEnvironment());
        adapters(builder);
        builder.AddPartnerMessaging(new PartnerIdentity(partner), consumers);
        return builder;
    }
}
