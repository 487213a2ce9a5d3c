using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Host;

/// <summary>
/// The hub as the process runs it, in one place, so that end-to-end tests host the very same
/// registrations in their own process (with their own clock and settings) instead of a look-alike.
/// </summary>
public static class HubHostBuilder
{
    /// <summary>
    /// Settings, logs, the clock, validation, store, charter rules, messaging and health. <paramref name="configure"/> runs last:
    /// configuration sources it adds win over the CCAPEX_* variables, and services it adds replace
    /// the defaults (the clock, for instance).
    /// </summary>
    public static HostApplicationBuilder Create(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        // appsettings.json sits next to the program, wherever it is started from.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddHubOptions(args)
            .AddHubLogging()
            .AddHubClock()
            .AddHubValidation()
            .AddHubStore()
            .AddHubDeliveryJournal()
            .AddHubRouting()
            .AddHubMessaging()
            .AddHubHealth()
            .AddHubObservability();
        configure?.Invoke(builder);
        return builder;
    }
}
