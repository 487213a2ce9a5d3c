using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

/// <summary>
/// The hub as a destination: the intake exchange of each message type (ccapex.intake.&lt;type&gt;), or, when
/// Hub:PartnerExchange is set, the partner's own topic exchange with the type as routing key. Either way the
/// transport id is the message's own id, so a resent answer is recognised by the hub like a redelivery.
/// </summary>
/// <remarks>MassTransit waits for the broker's publisher confirm before Send returns: an answer is never taken for sent when it is not.</remarks>
public sealed class HubSender(ISendEndpointProvider endpoints, IOptions<PartnerOptions> options) : IHubSender
{
    public async Task SendAsync<T>(T message, CancellationToken cancellationToken)
        where T : class, IPartnerMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        var routingKey = RoutingKey(typeof(T));
        var exchange = options.Value.PartnerExchange;
        var viaPartnerExchange = !string.IsNullOrEmpty(exchange);
        var endpoint = await endpoints.GetSendEndpoint(Destination(exchange, typeof(T))).ConfigureAwait(false);
        await endpoint.Send(message, send =>
        {
            send.MessageId = message.MessageId;
            if (viaPartnerExchange)
            {
                send.SetRoutingKey(routingKey);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where a message of this type goes: the partner's topic exchange when named, else the type's intake exchange.</summary>
    public static Uri Destination(string? partnerExchange, Type messageType) =>
        string.IsNullOrEmpty(partnerExchange)
            ? new Uri($"exchange:{BrokerNames.IntakeQueue(messageType)}")
            : new Uri($"exchange:{partnerExchange}?type=topic");

    /// <summary>The message type in kebab case, e.g. housing-benefit-rights-checked.</summary>
    public static string RoutingKey(Type messageType) => BrokerNames.RoutingKey(messageType);
}
