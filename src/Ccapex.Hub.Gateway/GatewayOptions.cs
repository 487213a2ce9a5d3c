using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Gateway;

/// <summary>The gateway's settings, section "Gateway"; CCAPEX_* variables override them (<see cref="GatewayEnvironment"/>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Loopback by default: the gateway is put behind the operator's TLS reverse proxy, never exposed bare.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>The HTTP port; 0 takes any free port (tests).</summary>
    public int Port { get; set; } = 8085;

    /// <summary>amqp:// URI of the broker, with credentials and virtual host.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration as text so that a malformed value gets the validator's message.")]
    public string? RabbitMqUri { get; set; }

    /// <summary>Where the drop folder lives: &lt;DataDirectory&gt;/drop/cdp.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>How long a request waits for the hub's receipt once the broker confirmed; after it, the answer says "queued".</summary>
    public TimeSpan ReceiptWait { get; set; } = TimeSpan.FromSeconds(3);

    public long MaxSingleBodyBytes { get; set; } = 1024 * 1024;

    public long MaxBatchBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Notifications in one JSON batch (a CSV batch has the reader's line limit).</summary>
    public int MaxBatchItems { get; set; } = 1_000;

    /// <summary>Requests per partner and per anonymous address (<see cref="GatewayRateLimitOptions"/>).</summary>
    public GatewayRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Partner code to the SHA-256 (hex) of each of its API keys; several keys let a partner rotate without a gap.
    /// Only hashes are stored: a copy of the configuration does not give anyone a key.
    /// </summary>
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Bound from configuration.")]
    public Dictionary<string, string[]> ApiKeys { get; set; } = [];
}
