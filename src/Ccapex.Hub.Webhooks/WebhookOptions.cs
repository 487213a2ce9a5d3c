using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Webhooks;

/// <summary>The webhook worker's settings, section "Webhooks".</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>amqp:// or amqps:// URI of the hub's broker (CCAPEX_RABBITMQ_URI).</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration as text so that a malformed value gets the validator's message.")]
    public string? RabbitMqUri { get; set; }

    /// <summary>How long a stop waits for the deliveries in hand; unfinished ones return to their queue.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The defaults every partner's <see cref="PartnerWebhookOptions.Delivery"/> starts from.</summary>
    public DeliveryPolicy Delivery { get; set; } = new();

    /// <summary>Registered partners by code (DRIHL, CAF...): only these get a dispatcher.</summary>
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Bound from configuration.")]
    public Dictionary<string, PartnerWebhookOptions> Partners { get; set; } = new(StringComparer.Ordinal);

    public Uri GetRabbitMqUri() => new(RabbitMqUri ?? throw new InvalidOperationException("Webhooks:RabbitMqUri is not set."), UriKind.Absolute);
}
