using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ccapex.Hub.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// What this process's traces and metrics are made of (always configured: a test adds its own exporter to them), and
    /// the exporters "Hub:Telemetry" turns on, read now from the configuration as it stands (settings a test adds later must
    /// come as command-line arguments); validated at start.
    /// </summary>
    /// <param name="serviceName">The process as a trace shows it, e.g. ccapex-hub.</param>
    /// <param name="scrapePortSetting">The setting holding the port /metrics is served on (the hub's health port), or null when
    /// the process serves none (then "Prometheus on" is refused at start).</param>
    /// <param name="tracing">The process's own instrumentation (the gateway's ASP.NET Core).</param>
    public static IHostApplicationBuilder AddHubTelemetry(this IHostApplicationBuilder builder, string serviceName, string? scrapePortSetting = null,
        Action<TracerProviderBuilder>? tracing = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>>(sp =>
            new TelemetryOptionsValidator(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), scrapePortSetting));
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();

        builder.Services.ConfigureOpenTelemetryTracerProvider(traces =>
        {
            traces.ConfigureResource(r => r.AddService(serviceName))
                .AddSource([.. HubTelemetry.ActivitySources])
                .AddHttpClientInstrumentation();
            tracing?.Invoke(traces);
        });
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.ConfigureResource(r => r.AddService(serviceName))
            .AddMeter([.. HubTelemetry.Meters])
            .AddRuntimeInstrumentation());

        var settings = TelemetrySettings.Read(builder.Configuration, scrapePortSetting);
        if (!settings.AnyExporter)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry();
        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry.WithTracing(t => t.AddOtlpExporter(o => Otlp(o, endpoint, settings.OtlpProtocol, "v1/traces")))
                .WithMetrics(m => m.AddOtlpExporter(o => Otlp(o, endpoint, settings.OtlpProtocol, "v1/metrics")));
        }

        if (settings.ScrapePort is { } port)
        {
            // Beside the health endpoint's listener on the same port: HttpListener shares a port between prefixes.
            telemetry.WithMetrics(m => m.AddPrometheusHttpListener(o =>
            {
                o.Host = "127.0.0.1";
                o.Port = port;
            }));
        }

        return builder;
    }

    private static void Otlp(OtlpExporterOptions options, Uri endpoint, OtlpExportProtocol protocol, string signalPath)
    {
        options.Protocol = protocol;

        // Given in code, an HTTP endpoint is taken as the signal's full address: add the signal's path to the base.
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, signalPath) : endpoint;
    }
}
