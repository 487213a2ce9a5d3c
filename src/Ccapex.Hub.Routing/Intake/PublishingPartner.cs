using Ccapex.Hub.Contracts;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// Who published a delivery, as the broker vouches for it: RabbitMQ reports on every delivery the exchange the
/// message was first published to, and only a partner's own account may write to ccapex.partner.&lt;partner&gt;.
/// </summary>
public static class PublishingPartner
{
    /// <summary>
    /// The identity (a role, or a member of one: ADR 0014) whose exchange the message came through; null when it
    /// came another way (the hub's own ccapex.intake.* exchanges, which only the hub's account writes to, or a
    /// transport without exchanges). <paramref name="exchange"/> is the partner exchange's name, even when it
    /// names no identity the rules know.
    /// </summary>
    public static PartnerCode? Of(PipeContext context, CharterRules rules, out string? exchange)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        exchange = context.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery) ? delivery.Exchange : null;
        if (exchange is null || !exchange.StartsWith(BrokerNames.PartnerExchangePrefix, StringComparison.Ordinal))
        {
            exchange = null;
            return null;
        }

        return rules.PublisherOf(exchange);
    }
}
