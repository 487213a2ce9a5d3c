using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace Ccapex.Hub.Telemetry;

/// <summary>
/// The exporters a process turns on, read from the configuration when the services are registered (an exporter is a
/// registration, not a setting read later); a value that does not parse counts as off here and is refused at start by
/// <see cref="TelemetryOptionsValidator"/>.
/// </summary>
internal sealed record TelemetrySettings(Uri? OtlpEndpoint, OtlpExportProtocol OtlpProtocol, int? ScrapePort)
{
    public bool AnyExporter => OtlpEndpoint is not null || ScrapePort is not null;

    public static TelemetrySettings Read(IConfiguration configuration, string? scrapePortSetting)
    {
        var otlp = configuration[$"{TelemetryOptions.Section}:Otlp:Endpoint"];
        var endpoint = Uri.TryCreate(otlp, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
        var protocol = Protocol(configuration[$"{TelemetryOptions.Section}:Otlp:Protocol"]) ?? OtlpExportProtocol.Grpc;
        int? port = null;
        if (scrapePortSetting is not null
            && TelemetrySwitch.Parse(configuration[$"{TelemetryOptions.Section}:Prometheus"]) == true
            && int.TryParse(configuration[scrapePortSetting], out var parsed) && parsed is >= 1 and <= 65535)
        {
            port = parsed;
        }

        return new TelemetrySettings(endpoint, protocol, port);
    }

    public static OtlpExportProtocol? Protocol(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "GRPC" => OtlpExportProtocol.Grpc,
        "HTTP/PROTOBUF" => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };
}
