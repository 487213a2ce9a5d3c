using MassTransit;

namespace Ccapex.Hub.Host;

/// <summary>The F1 intake endpoint: its fixed queue name, raw JSON next to the envelope, and retries.</summary>
public sealed class SubmitCdpNotificationConsumerDefinition : ConsumerDefinition<SubmitCdpNotificationConsumer>
{
    public SubmitCdpNotificationConsumerDefinition() => EndpointName = HubEndpointNames.CdpNotificationIntake;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SubmitCdpNotificationConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.ConfigureIntakeEndpoint();
    }
}
