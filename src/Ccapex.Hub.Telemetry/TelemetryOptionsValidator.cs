using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Telemetry;

/// <summary>Checks "Hub:Telemetry" at start: each message names the setting and a good value.</summary>
internal sealed class TelemetryOptionsValidator(IConfiguration configuration, string? scrapePortSetting) : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var endpoint = options.Otlp.Endpoint;
        if (!string.IsNullOrWhiteSpace(endpoint)
            && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host)))
        {
            failures.Add($"{TelemetryOptions.Section}:Otlp:Endpoint must be an http:// or https:// address of an OpenTelemetry collector, e.g. http://127.0.0.1:4317, or empty (off); got '{endpoint}'.");
        }

        if (TelemetrySettings.Protocol(options.Otlp.Protocol) is null)
        {
            failures.Add($"{TelemetryOptions.Section}:Otlp:Protocol must be grpc or http/protobuf; got '{options.Otlp.Protocol}'.");
        }

        switch (TelemetrySwitch.Parse(options.Prometheus))
        {
            case null:
                failures.Add($"{TelemetryOptions.Section}:Prometheus must be on or off; got '{options.Prometheus}'.");
                break;
            case true when scrapePortSetting is null:
                failures.Add($"{TelemetryOptions.Section}:Prometheus is on, but this process has no health port to serve /metrics on: the hub serves it; export this process's metrics with {TelemetryOptions.Section}:Otlp:Endpoint.");
                break;
            case true when !(int.TryParse(configuration[scrapePortSetting], out var port) && port is >= 1 and <= 65535):
                failures.Add($"{TelemetryOptions.Section}:Prometheus is on, but {scrapePortSetting} is not a port: the scrape endpoint is /metrics on the health port, e.g. {scrapePortSetting}=8081.");
                break;
            default:
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
