using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners;

public static class PartnerLoggingRegistration
{
    /// <summary>Console only, one line per event (formatter from Logging:Console): the logs are the worker's health.</summary>
    public static IHostApplicationBuilder AddPartnerLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId);
        return builder;
    }
}
