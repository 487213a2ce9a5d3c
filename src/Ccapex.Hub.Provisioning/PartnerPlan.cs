using System.Text.RegularExpressions;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// The broker access each partner of the charter rules gets: every partner that sends or receives a flow has a
/// user, a topic exchange bound to the intake of each type its role may send (partner-origin flows only), and
/// its own queue. Permissions are as narrow as RabbitMQ allows: no configure (a plain client consumes its
/// existing queue with a passive declare), write on its exchange only, read on its queue only.
/// </summary>
public static class PartnerPlan
{
    public static IReadOnlyList<PartnerAccess> For(CharterRules rules, string userPrefix, IReadOnlySet<PartnerCode> declaring)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(declaring);
        return [.. rules.Partners.Select(p => Access(rules, p, userPrefix, declaring.Contains(p) || declaring.Contains(p.Role)))];
    }

    private static PartnerAccess Access(CharterRules rules, PartnerCode partner, string userPrefix, bool declares)
    {
        var sends = rules.Flows
            .Where(f => f.Origin == FlowOrigin.Partner && f.MaySend(partner))
            .ToDictionary(f => BrokerNames.RoutingKey(f.Message), f => BrokerNames.IntakeQueue(f.Message), StringComparer.Ordinal);
        var name = Regex.Escape(BrokerNames.PartnerName(partner));
        var exchange = BrokerNames.PartnerExchange(partner);
        var queue = BrokerNames.PartnerQueue(partner);
        return new PartnerAccess
        {
            Partner = partner,
            User = userPrefix + BrokerNames.PartnerName(partner),
            Exchange = exchange,
            Queue = queue,
            Sends = sends,

            // A MassTransit worker redeclares its queue, the exchange of the same name (and binds them) and the
            // exchange it sends to, and reads a bus queue of its own: only its own names, never the hub's or
            // another partner's. A plain client needs none of that.
            Configure = declares ? $@"^ccapex\.({name}\.in|{name}\.bus-.+|partner\.{name})$" : "^$",
            Write = declares ? $@"^ccapex\.({name}\.in|{name}\.bus-.+|partner\.{name})$" : sends.Count > 0 ? $"^{Regex.Escape(exchange)}$" : "^$",
            Read = declares ? $@"^ccapex\.({name}\.in|{name}\.bus-.+)$" : $"^{Regex.Escape(queue)}$",
            TopicWrite = sends.Count > 0 ? $"^({string.Join('|', sends.Keys.Order(StringComparer.Ordinal).Select(Regex.Escape))})$" : "^$",
        };
    }
}
