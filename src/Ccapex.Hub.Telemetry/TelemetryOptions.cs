namespace Ccapex.Hub.Telemetry;

/// <summary>What a process exports, section "Hub:Telemetry"; nothing (the default) exports nothing.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Hub:Telemetry";

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>"on" or "off" (true or false too): the Prometheus scrape endpoint, at /metrics on the process's health port.</summary>
    public string? Prometheus { get; set; }
}
