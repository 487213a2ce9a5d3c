using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing;

/// <summary>
/// Queue names of the hub. Everything starts with "ccapex." so broker permissions can be written as
/// regular expressions over names a partner owns (ccapex.caf.in for what the CAF reads).
/// </summary>
public static class HubAddresses
{
    public const string DossierQueue = "ccapex.routing.dossier";

    public const string CafListingQueue = "ccapex.routing.caf-listing";

    /// <summary>Where partner exchanges start: a message published to ccapex.partner.huissiers came from the bailiffs' account.</summary>
    public const string PartnerExchangePrefix = "ccapex.partner.";

    /// <summary>The partner's code as it appears in broker names: "prefecture-police".</summary>
    public static string PartnerName(PartnerCode partner) => partner.Value.ToLowerInvariant().Replace('_', '-');

    /// <summary>The durable queue a partner reads its deliveries from.</summary>
    public static string PartnerQueue(PartnerCode partner) => $"ccapex.{PartnerName(partner)}.in";

    /// <summary>The topic exchange only this partner's broker account may write to; routing key = kebab message type.</summary>
    public static string PartnerExchange(PartnerCode partner) => PartnerExchangePrefix + PartnerName(partner);

    /// <summary>The routing key of a message type on a partner exchange, and the tail of its intake name: "submit-cdp-notification".</summary>
    public static string RoutingKey(Type messageType) => Kebab(messageType.Name);

    public static string Queue(string name) => $"queue:{name}";

    /// <summary>The queue where the hub takes one message type from partners, e.g. ccapex.intake.submit-cdp-notification.</summary>
    public static string IntakeQueue(Type messageType) => "ccapex.intake." + RoutingKey(messageType);

    public static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
