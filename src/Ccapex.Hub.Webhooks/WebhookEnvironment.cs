namespace Ccapex.Hub.Webhooks;

/// <summary>The environment variables the hub script exports, and the keys they set (over appsettings.json).</summary>
public static class WebhookEnvironment
{
    public const string RabbitMqUri = "CCAPEX_RABBITMQ_URI";

    public const string RabbitMqUriKey = "Webhooks:RabbitMqUri";

    public static IEnumerable<KeyValuePair<string, string?>> Read(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var uri = getVariable(RabbitMqUri);
        if (!string.IsNullOrWhiteSpace(uri))
        {
            yield return new(RabbitMqUriKey, uri);
        }
    }
}
