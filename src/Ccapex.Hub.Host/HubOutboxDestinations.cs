using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Host;

/// <summary>
/// The queues the hub's outbox sends to: its own (the dossiers' timeouts, the CAF listing), the delivery queue of every
/// partner the charter rules name, and the temporary queues of the hub's own processes (answers to their requests).
/// Nothing a partner names at run time is in it.
/// </summary>
public static class HubOutboxDestinations
{
    public static OutboxDestinations For(CharterRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var known = new HashSet<string>(rules.Partners.Append(PartnerCode.Drihl).Select(BrokerNames.PartnerQueue), StringComparer.Ordinal)
        {
            BrokerNames.DossierQueue,
            BrokerNames.CafListingQueue,
        };
        return new OutboxDestinations(name => known.Contains(name) || BrokerNames.IsHubBusQueue(name));
    }
}
