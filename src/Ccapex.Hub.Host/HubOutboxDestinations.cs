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
    /// <summary>The processes whose temporary queues are the hub's (as BrokerNames.IsHubBusQueue on main says).</summary>
    private static readonly string[] HubProcesses = ["hub", "gateway"];

    public static OutboxDestinations For(CharterRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var partners = rules.Flows
            .SelectMany(f => f.Senders.Concat(f.Recipients.SelectMany(r => r.Among.Concat(r.Partner is { } p ? [p] : Array.Empty<PartnerCode>()))))
            .Append(PartnerCode.Drihl);
        var known = new HashSet<string>(partners.Select(BrokerNames.PartnerQueue), StringComparer.Ordinal)
        {
            BrokerNames.DossierQueue,
            BrokerNames.CafListingQueue,
        };
        return new OutboxDestinations(name => known.Contains(name) || IsHubBusQueue(name));
    }

    /// <summary>A hub process's temporary queue: its prefix, then MassTransit's machine and id in lower case, digits and dashes.</summary>
    public static bool IsHubBusQueue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var owner in HubProcesses)
        {
            var prefix = $"{BrokerNames.Prefix}{owner}.bus-";
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length
                && name[prefix.Length..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return true;
            }
        }

        return false;
    }
}
