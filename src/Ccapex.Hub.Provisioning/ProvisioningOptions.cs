using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Provisioning;

/// <summary>Where and how partners are provisioned; read from CCAPEX_* variables by <see cref="ProvisioningSettings"/>.</summary>
public sealed record ProvisioningOptions
{
    /// <summary>The management API with a privileged (administrator) account: CCAPEX_RABBITMQ_MANAGEMENT_URI.</summary>
    public required Uri ManagementUri { get; init; }

    /// <summary>The hub's virtual host, the path of CCAPEX_RABBITMQ_URI ("/" when it has none).</summary>
    public required string VirtualHost { get; init; }

    /// <summary>Partner user names are this prefix and the partner's name ("ccapex-" + "huissiers"); tests use a unique one.</summary>
    public string UserPrefix { get; init; } = "ccapex-";

    public required string CredentialsPath { get; init; }

    /// <summary>Partners running MassTransit, which redeclares its own queue and exchanges: they get configure on their own names.</summary>
    public IReadOnlySet<PartnerCode> Declaring { get; init; } = new HashSet<PartnerCode>();

    /// <summary>Partners served by the webhook worker: its user reads their inbox and parks their deliveries (CCAPEX_PARTNERS_WEBHOOK).</summary>
    public IReadOnlySet<PartnerCode> WebhookPartners { get; init; } = new HashSet<PartnerCode>();

    public BrokerLimits Limits { get; init; } = new();
}
