namespace Ccapex.Hub.Partners;

/// <summary>How a partner worker reaches the hub, section "Hub".</summary>
public sealed class PartnerOptions
{
    public const string Section = "Hub";

    public PartnerBrokerOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// The partner's own topic exchange on the hub's broker, e.g. "ccapex.partner.caf" (routing key = the message
    /// type in kebab case). Empty: answers go to the hub's intake exchange of each message type.
    /// </summary>
    public string? PartnerExchange { get; set; }

    /// <summary>How long a stop may take: the messages in hand are finished (answers confirmed) before the process exits.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>What the worker answers to a six-month follow-up request when its port knows nothing better.</summary>
    public FollowUpOptions FollowUp { get; set; } = new();
}
