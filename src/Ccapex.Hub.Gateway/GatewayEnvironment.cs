namespace Ccapex.Hub.Gateway;

/// <summary>
/// The environment variables the hub script exports, and the gateway settings they stand for; they win over
/// appsettings.json, so one CCAPEX_RABBITMQ_URI points the hub and the gateway at the same broker.
/// </summary>
public static class GatewayEnvironment
{
    public const string RabbitMqUri = "CCAPEX_RABBITMQ_URI";
    public const string DataDirectory = "CCAPEX_DATA_DIR";
    public const string Port = "CCAPEX_GATEWAY_PORT";

    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>
    {
        [RabbitMqUri] = "Gateway:RabbitMqUri",
        [DataDirectory] = "Gateway:DataDirectory",
        [Port] = "Gateway:Port",
    };

    public static IEnumerable<KeyValuePair<string, string?>> Read(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return Keys
            .Where(k => !string.IsNullOrWhiteSpace(getVariable(k.Key)))
            .Select(k => new KeyValuePair<string, string?>(k.Value, getVariable(k.Key)));
    }
}
