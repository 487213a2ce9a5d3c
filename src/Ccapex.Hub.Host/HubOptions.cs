namespace Ccapex.Hub.Host;

/// <summary>The hub's settings, section "Hub"; the CCAPEX_* environment variables override them (see <see cref="HubEnvironment"/>).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Where the hub keeps its files (database, state); relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>How long a stop may take: consumers finish the messages in hand, then the process exits.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public HealthOptions Health { get; set; } = new();
}
