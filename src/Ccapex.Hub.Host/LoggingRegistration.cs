using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Ccapex.Hub.Host;

public static class LoggingRegistration
{
    /// <summary>
    /// Console logs only: one line per event with its scopes (message id, act reference, dossier id),
    /// as plain text by default or as JSON lines with CCAPEX_LOG_FORMAT=json for a log shipper.
    /// The formatter and its options come from "Logging:Console" in the configuration.
    /// </summary>
    public static IHostApplicationBuilder AddHubLogging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();

        // AddConsole registers the simple, json and systemd formatters; Logging:Console picks one
        // (AddSimpleConsole or AddJsonConsole would pin it and ignore the setting).
        builder.Logging.AddConsole();

        // Both formatters read Logging:Console:FormatterOptions; the space that separates the simple
        // formatter's timestamp from the level would end up inside the JSON timestamp.
        builder.Services.PostConfigure<JsonConsoleFormatterOptions>(json => json.TimestampFormat = json.TimestampFormat?.TrimEnd());

        // The trace id follows a message from consumer to consumer (MassTransit propagates it).
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId);
        return builder;
    }
}
