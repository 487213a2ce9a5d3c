namespace Ccapex.Hub.Telemetry;

/// <summary>The OpenTelemetry collector traces and metrics go to, section "Hub:Telemetry:Otlp".</summary>
public sealed class OtlpOptions
{
    /// <summary>The collector's base address, e.g. http://127.0.0.1:4317 (gRPC) or http://127.0.0.1:4318 (HTTP); empty means off.</summary>
    public string? Endpoint { get; set; }

    /// <summary>"grpc" (the default) or "http/protobuf".</summary>
    public string? Protocol { get; set; }
}
