namespace Ccapex.Hub.Host;

/// <summary>The health endpoint, section "Hub:Health".</summary>
public sealed class HealthOptions
{
    /// <summary>TCP port of the health endpoint on 127.0.0.1; none (the default) means no endpoint.</summary>
    public int? Port { get; set; }
}
